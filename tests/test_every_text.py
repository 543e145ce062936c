"""Every text a user writes shows as written in every output, indexes included.

The ``test-every-text`` root writes names, titles and values full of characters that are syntax
somewhere: HTML (``<`` ``&`` ``"``), LaTeX (``$ & % # _ { } ~ ^ \\``), index entries (``;``
``!`` ``@`` ``|``), troff (a leading ``.`` or ``'``), Texinfo (``@ { }``), YAML (``#``).
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import docutils
import pytest
from helpers import body, inventory, warnings_of
from outputs import BUILDERS, output_text, squash, written_as
from tools import latexmk, pdf_contains, pdftotext, require_tex, tex_errors

#: (object, kind) -> the text written for it (speakers, talks, projects, checklists, checks).
NAMES = {
    ("semi", "speaker"): "Semi; Colon",
    ("bang", "speaker"): "!Bang Person",
    ("at", "speaker"): "At @ Sign | Pipe",
    ("latex", "speaker"): "$some_l2_tech & 100% #1 {x} ~y^ \\z",
    ("html", "speaker"): '<script>alert(1)</script> & "quotes"',
    ("cjk", "speaker"): "山田太郎",
    ("dot", "speaker"): ".Dot Leading",
    ("index-syntax", "talk"): "Semi; colon! bang @at |pipe",
    ("markup-talk", "talk"): (
        '$5 & 100% <b>not bold</b> {braces} ~tilde^ \\backslash_under "quoted" -- dash'
    ),
    ("pipe-proj", "project"): "Pipe | Project",
    ("bang-proj", "project"): "Bang! Project",
    ("at-proj", "project"): "@at project",
    ("roles-in-titles", "checklist"): "Checklist; for | pipe ! and @at",
}
#: Check titles (no index entry of their own).
CHECKS = {
    "roles-in-titles.first": "Ask about a|b and @at; why!",
    "roles-in-titles.second": "Then: .dot at the start, and \\e",
}
#: Other values: roles, organisations, rooms, tags, kinds, the event's name and place.
VALUES = (
    "Role; with ! @ |",
    "Org @ Home",
    "Org! Inc",
    "'Quote leading",
    "Room ; ! @ | #2",
    "tag!one; tag@two",
    "kind; !",
    "An answer; with ! and @ and |.",
    "Summit; 2015! @Tokyo |, Tokyo & $100%",
)
TEXTS = (*NAMES.values(), *CHECKS.values(), *VALUES)
#: The schedule's caption (``shownotes_event``): the man writer of docutils before 0.22 (Sphinx
#: 8.2's, in ``make test-min``) writes no table titles. (/work/wt/notes/defects.md: the man
#: renderer of issue 10 can write the caption as a paragraph.)
CAPTION = VALUES[-1]
OLD_MAN_WRITER = docutils.__version_info__[:2] < (0, 22)
#: Texts no catalogue holds: a tag and a kind are keys that listings filter and group by (a
#: translation would split them), and the caption is the configuration's, not a page's.
NOT_IN_CATALOGUES = frozenset({VALUES[5], VALUES[6], CAPTION})


def index_entry(key: tuple[str, str]) -> str:
    """The general index's entry of an object: ``Name (kind)``."""
    return f"{NAMES[key]} ({key[1]})"


@pytest.mark.parametrize("builder", BUILDERS)
def test_every_text_shows_as_written(make_app, rootdir: Path, tmp_path: Path, builder: str):
    srcdir = tmp_path / "every-text"
    shutil.copytree(rootdir / "test-every-text", srcdir)
    app = make_app(builder, srcdir=srcdir, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    text = output_text(Path(app.outdir), builder)
    engine = app.config.latex_engine
    texts = [t for t in TEXTS if not (builder == "man" and t == CAPTION and OLD_MAN_WRITER)]
    if builder == "gettext":  # (every name, title and sentence of the pages)
        texts = [t for t in texts if t not in NOT_IN_CATALOGUES]
    assert [t for t in texts if written_as(t, builder, engine) not in text] == []
    if builder != "latex":  # (the PDF test below reads it back from the PDF)
        assert section_title_with_role(builder) in (text.casefold() if builder == "man" else text)


def section_title_with_role(builder: str) -> str:
    """``## Talk by {speaker}`semi``` as each builder writes it: the role shows the name
    (Sphinx's text writer stars every cross-reference; man pages capitalise section titles;
    gettext keeps the role)."""
    if builder == "text":
        return "Talk by *Semi; Colon*"
    if builder == "gettext":  # (a catalogue holds the title as written)
        return "Talk by {speaker}`semi`"
    return "talk by semi; colon" if builder == "man" else "Talk by Semi; Colon"


@pytest.mark.sphinx("html", testroot="every-text", freshenv=True)
def test_indexes_inventory_and_search_hold_the_names_as_written(app) -> None:
    app.build()
    entries = {squash(li.get_text(" ")) for li in body(app.outdir, "genindex").select("li")}
    # (Sphinx reads ";" in an entry as "a sub-entry follows": "Semi; Colon (speaker)" was
    # "Semi" with a sub-entry "Colon (speaker)".)
    assert any(";" in name for name in NAMES.values())
    assert [index_entry(key) for key in NAMES if index_entry(key) not in entries] == []
    inv = inventory(app.outdir)
    for (oid, kind), name in NAMES.items():
        assert inv[f"shownotes:{kind}"][oid][1] == name
    for oid, title in CHECKS.items():
        assert inv["shownotes:check"][oid][1] == title
    shown = set(search_results(Path(app.outdir)))
    # (Sphinx's search index splits a name at its last "." as a dotted name, and its search page
    # joins the parts again: a leading "." is lost, ".Dot Leading" shows as "Dot Leading".)
    expected = [name for name in (*NAMES.values(), *CHECKS.values()) if not name.startswith(".")]
    assert [name for name in expected if name not in shown] == []


def search_results(outdir: Path) -> list[str]:
    """The names of objects as Sphinx's search page shows them (``searchtools.js``)."""
    search = (outdir / "searchindex.js").read_text("utf-8")
    objects = json.loads(search[search.index("(") + 1 : search.rindex(")")])["objects"]
    return [
        html.unescape(f"{prefix}.{entry[4]}" if prefix else entry[4])
        for prefix, entries in objects.items()
        for entry in entries
    ]


@pytest.mark.slow
@pytest.mark.latex
def test_pdf_shows_every_text_and_its_index_entries(make_app, rootdir: Path, tmp_path: Path):
    require_tex()
    srcdir = tmp_path / "every-text"
    shutil.copytree(rootdir / "test-every-text", srcdir)
    app = make_app("latex", srcdir=srcdir, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    outdir = Path(app.outdir)
    done = latexmk(outdir, "every-text")
    assert done.returncode == 0 and tex_errors(outdir / "every-text.log") == []
    text = pdftotext(outdir / "every-text.pdf")
    assert [t for t in TEXTS if not pdf_contains(text, t)] == []
    assert pdf_contains(text, section_title_with_role("latex"))
    index = text[text.rindex("Symbols") :]  # the PDF's index comes last
    assert [index_entry(key) for key in NAMES if not pdf_contains(index, index_entry(key))] == []
