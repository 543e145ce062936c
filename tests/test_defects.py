"""Issue 14, phase 2: each listed defect and each of the new user's, with the test that failed
before its fix (the defect's number starts the test's name)."""

from __future__ import annotations

import functools
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from corpus import move_talk, write_corpus
from harness import html_problems
from helpers import body, line_of, warnings_of
from incremental import clean_copy, stale_pages
from outputs import squash
from tools import man_text

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Defects"
copyright = "2015, test"
version = release = "1.0"
"""


def project(root: Path, pages: dict[str, str], conf: str = CONF) -> Path:
    """A project of ``pages`` (docname -> MyST); ``index`` holds a toctree of the others."""
    root.mkdir(parents=True)
    (root / "conf.py").write_text(conf)
    others = [name for name in pages if name != "index"]
    index = pages.get("index", "# Defects\n")
    if others:
        index += "\n```{toctree}\n" + "\n".join(others) + "\n```\n"
    (root / "index.md").write_text(index)
    for name, text in pages.items():
        if name != "index":
            (root / f"{name}.md").write_text(text)
    return root


def build(make_app, srcdir: Path, builder: str = "html", **kwargs):
    """``make_app(builder)`` of ``srcdir``, built and cleaned up."""
    app = make_app(builder, srcdir=srcdir, **kwargs)
    app.build()
    app.cleanup()
    return app


def test_5_parallel_reports_a_duplicate_on_one_page_once(make_app, tmp_path: Path):
    """Defect 5: ``-j 2`` warned three times (once against itself); ``-j 1`` once."""
    src = write_corpus(tmp_path / "dup", documents=24)
    page = src / "talks-010.md"
    twice = ":::{speaker} twice\n:name: Twice\n:::\n\n"
    page.write_text(page.read_text() + "\n" + twice + twice)
    app = build(make_app, src, parallel=2, freshenv=True)
    duplicates = [w for w in warnings_of(app.warning.getvalue()) if "duplicate-id" in w]
    assert len(duplicates) == 1, duplicates


def test_4_html_latex_html_on_shared_doctrees_keeps_html_fresh(make_app, tmp_path: Path):
    """Defect 4: the latex build consumed the change; the second html build wrote nothing."""
    src = write_corpus(tmp_path / "shared", documents=12)
    build(make_app, src, freshenv=True)
    move_talk(src, 3, ["speaker-17", "speaker-18"])
    build(make_app, src, "latex")
    again = build(make_app, src)
    clean = build(make_app, clean_copy(src, tmp_path / "clean"), freshenv=True)
    assert stale_pages(Path(again.outdir), Path(clean.outdir)) == []


def interrupt_writing(app: object, builder: object) -> None:
    """Ctrl-C as the pages begin to be written (after the environment is saved)."""
    raise KeyboardInterrupt


def test_4_an_interrupted_write_leaves_its_pages_to_the_next_build(make_app, tmp_path: Path):
    """Defect 4 (its other half): the environment is saved before the pages are written (and
    Sphinx deletes it on an error, not on Ctrl-C), so an interrupted build lost the rewrite of
    the pages whose generated parts had changed."""
    src = write_corpus(tmp_path / "stopped", documents=12)
    build(make_app, src, freshenv=True)
    move_talk(src, 3, ["speaker-17", "speaker-18"])
    stopped = make_app("html", srcdir=src)
    stopped.connect("write-started", interrupt_writing)
    with pytest.raises(KeyboardInterrupt):
        stopped.build()
    stopped.cleanup()
    again = build(make_app, src)
    clean = build(make_app, clean_copy(src, tmp_path / "clean"), freshenv=True)
    assert stale_pages(Path(again.outdir), Path(clean.outdir)) == []


CHECKLIST_IDS = """# Ids

::::{checklist} net
:title: Network

:::{check} dns-box
:title: A check whose id ends in -box
:::

:::{check} dns
:title: A check whose box is check-net-dns-box
:::
::::

## Checklist vpn title

::::{checklist} vpn
:title: VPN

:::{check} up
:title: The tunnel is up
:::

:::{check} up-box
:title: A check declared after the one whose box has its id
:::
::::

## Checklist net title
"""


def test_6_every_id_on_a_page_is_unique(make_app, tmp_path: Path):
    """Defect 6: ``check-net-dns-box`` was the check ``dns-box`` and the box of ``dns``; the
    heading "Checklist vpn title" had the id of checklist vpn's title (clicking a label
    ticked nothing). The output checks (``html_problems``) find both."""
    app = build(make_app, project(tmp_path / "ids", {"index": CHECKLIST_IDS}), freshenv=True)
    assert html_problems(Path(app.outdir)) == []
    page = body(app.outdir, "index")
    boxes = page.select("input.shownotes-check-box")
    assert len(boxes) == 4
    for box in boxes:
        (label,) = page.select(f'label[for="{box["id"]}"]')
        assert label.find_parent(class_="shownotes-check") is box.find_parent(
            class_="shownotes-check"
        )


@pytest.mark.parametrize(
    ("directive", "option"), [("speaker", "name"), ("project", "name"), ("checklist", "title")]
)
def test_8_an_id_with_a_space_is_a_bad_id_and_the_object_is_drawn(
    make_app, tmp_path: Path, directive: str, option: str
):
    """Defect 8: a docutils ERROR ("maximum 1 argument(s) allowed"), and the whole card was
    gone."""
    page = f"# Space\n\n:::{{{directive}}} ada example\n:{option}: Ada With A Space\n:::\n"
    app = build(make_app, project(tmp_path / "space", {"index": page}), freshenv=True)
    warnings = [w for w in warnings_of(app.warning.getvalue()) if "empty" not in w]
    assert len(warnings) == 1 and "index.md:3:" in warnings[0], warnings
    assert "[shownotes.bad-id]" in warnings[0] and "'ada example'" in warnings[0]
    assert "Ada With A Space" in body(app.outdir, "index").get_text()


def test_11_a_missing_photo_is_reported_at_the_directive(make_app, tmp_path: Path):
    """Defect 11: reported as ``index.md::``, with no line (and the page had a broken image)."""
    page = "# Photo\n\n:::{speaker} ada\n:name: Ada Example\n:photo: missing.png\n:::\n"
    app = build(make_app, project(tmp_path / "photo", {"index": page}), freshenv=True)
    warnings = warnings_of(app.warning.getvalue())
    assert len(warnings) == 1 and "index.md:3:" in warnings[0], warnings
    assert "[shownotes.missing-photo]" in warnings[0]
    card = body(app.outdir, "index").find(class_="shownotes-speaker")
    assert card.find("img") is None and card.find(class_="shownotes-initials").text == "AE"


@pytest.mark.parametrize("builder", ["latex", "epub"])
def test_11_a_remote_photo_that_cannot_be_fetched_is_reported_at_the_directive(
    make_app, tmp_path: Path, builder: str
):
    """Defect 11: in LaTeX and epub a remote photo is fetched; a failure said nowhere where,
    twice, and left the URL in the PDF."""
    page = "# Photo\n\n:::{speaker} ada\n:name: Ada Example\n"
    page += ":photo: http://127.0.0.1:9/nothing-listens-here.png\n:::\n"
    src = project(tmp_path / "remote", {"index": page})
    app = build(make_app, src, builder, freshenv=True)
    warnings = warnings_of(app.warning.getvalue())
    assert len(warnings) == 1 and "index.md:3:" in warnings[0], warnings
    assert "[shownotes.missing-photo]" in warnings[0] and "127.0.0.1:9" in warnings[0]
    if builder == "latex":
        (tex,) = Path(app.outdir).glob("*.tex")
        assert "127.0.0.1" not in tex.read_text() and "AE" in tex.read_text()


@pytest.fixture
def photo_server(tmp_path: Path) -> Iterator[str]:
    """A local web server that serves one PNG: its URL."""
    served = tmp_path / "served"
    served.mkdir()
    shutil.copy(Path(__file__).parents[1] / "docs/using/example-avatar.png", served / "ada.png")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/ada.png"
    finally:
        server.shutdown()
        server.server_close()


def test_11_a_remote_photo_that_can_be_fetched_is_in_the_pdf(make_app, tmp_path, photo_server):
    """(The fetch that replaces Sphinx's for speakers' photos still fetches.)"""
    page = f"# Photo\n\n:::{{speaker}} ada\n:name: Ada Example\n:photo: {photo_server}\n:::\n"
    app = build(make_app, project(tmp_path / "fetched", {"index": page}), "latex", freshenv=True)
    assert warnings_of(app.warning.getvalue()) == []
    (tex,) = Path(app.outdir).glob("*.tex")
    assert "{{ada}.png}" in tex.read_text() and (Path(app.outdir) / "ada.png").is_file()


def test_12_man_page_project_boxes_and_cards_are_paragraphs(make_app, rootdir, tmp_path):
    """Defect 12 (its other half; checks: test_checklist.py): a project box (a plain
    container) ran into the paragraph before it, as did speaker cards."""
    srcdir = tmp_path / "core"
    shutil.copytree(rootdir / "test-core", srcdir)
    app = build(make_app, srcdir, "man", freshenv=True)
    (page,) = Path(app.outdir).glob("*.1")
    paragraphs = [squash(p) for p in re.split(r"\n\s*\n", man_text(page))]
    assert "Networking as a service for OpenStack." in paragraphs
    assert any(p.startswith("DefCore (openstack)") for p in paragraphs)
    assert any(p.startswith("TI Takuya Ito") for p in paragraphs)  # the second card


# -- the new user's ----------------------------------------------------------------------------


def test_new_user_options_after_a_blank_line_warn(make_app, tmp_path: Path):
    """Options after a blank line (or after the body) silently became summary text."""
    page = "# Late\n\n## A talk\n\n:::{talk} late\n:title: Late options\n\nSummary.\n\n"
    page += ":room: Room B\n:::\n"
    app = build(make_app, project(tmp_path / "late", {"index": page}), freshenv=True)
    warnings = warnings_of(app.warning.getvalue())
    line = line_of(Path(app.srcdir) / "index.md", ":room:")
    assert any(f"index.md:{line}:" in w and ":room:" in w for w in warnings), warnings
    assert all("[shownotes.late-option]" in w for w in warnings), warnings


LATE_AFTER_BODY = """# Late

## A talk

:::{talk} late
:title: Late options
Summary.
:room: Room B

```text
:room: in a code block, as text
```

::::{checklist} inner
:title: A checklist in the notes

:::{check} a
:title: The check's own option
:::
::::
:::
"""

LATE_RST = """Late
====

.. checklist:: late
   :title: Late options

   .. check:: a
      :title: The check's own option

   :projects: neutron
"""


def test_new_user_options_after_the_body_warn_and_nested_ones_do_not(make_app, tmp_path: Path):
    """After the body too, in MyST and in reStructuredText; the options of a directive or the
    lines of a code block nested in the content are not late."""
    conf = CONF + 'source_suffix = {".md": "markdown", ".rst": "restructuredtext"}\n'
    src = project(tmp_path / "late", {"index": LATE_AFTER_BODY, "rst": ""}, conf)
    (src / "rst.md").unlink()
    (src / "rst.rst").write_text(LATE_RST)
    app = build(make_app, src, freshenv=True)
    late = [w for w in warnings_of(app.warning.getvalue()) if "late-option" in w]
    md_line = line_of(src / "index.md", ":room: Room B")
    rst_line = line_of(src / "rst.rst", ":projects:")
    assert len(late) == 2, late
    assert f"index.md:{md_line}:" in late[0] or f"index.md:{md_line}:" in late[1], late
    assert any(f"rst.rst:{rst_line}:" in w and ":projects:" in w for w in late), late


def test_new_user_a_misspelt_option_or_id_gets_a_did_you_mean(make_app, tmp_path: Path):
    """No "did you mean" for ``:speaker:`` (``:speakers:``) nor for ``yamada-tarou``."""
    page = "# Typos\n\n:::{speaker} yamada-taro\n:name: Taro Yamada\n:::\n\n## A talk\n\n"
    page += ":::{talk} typo\n:title: Typos\n:speaker: yamada-taro\n:::\n\n"
    page += "Mentions {speaker}`yamada-tarou`.\n\n:::{schedule}\n:speaker: yamada-tar\n:::\n"
    app = build(make_app, project(tmp_path / "typos", {"index": page}), freshenv=True)
    warnings = [w.lower() for w in warnings_of(app.warning.getvalue())]
    assert len(warnings) == 3, warnings
    assert any("did you mean :speakers:" in w and "index.md:9:" in w for w in warnings)
    role, listing = (w for w in warnings if "unknown-speaker" in w)
    assert "did you mean 'yamada-taro'" in role and "did you mean 'yamada-taro'" in listing


def test_new_user_myst_without_colon_fence_warns_once(make_app, tmp_path: Path):
    """MyST without ``colon_fence`` dropped every ``:::`` directive silently."""
    conf = CONF.replace('myst_enable_extensions = ["colon_fence"]\n', "")
    page = "# Fence\n\n:::{speaker} ada\n:name: Ada\n:::\n\n:::{speaker} bob\n:name: Bob\n:::\n"
    other = "# Other\n\n::::{shownotes:checklist} c\n:title: C\n::::\n"
    src = project(tmp_path / "fence", {"index": page, "other": other}, conf)
    app = build(make_app, src, freshenv=True)
    warnings = warnings_of(app.warning.getvalue())
    assert len(warnings) == 1 and "colon_fence" in warnings[0], warnings
    assert "index.md:3:" in warnings[0] and "[shownotes.no-colon-fence]" in warnings[0]


def test_new_user_no_fence_warning_with_colon_fence_or_for_others(make_app, tmp_path: Path):
    """(The warning cannot come where colon fences are read, nor for text that only looks
    like one: a ``:::{note}`` of another extension.)"""
    page = "# Fence\n\n:::{speaker} ada\n:name: Ada\n:::\n"
    app = build(make_app, project(tmp_path / "on", {"index": page}), freshenv=True)
    assert warnings_of(app.warning.getvalue()) == []
    conf = CONF.replace('myst_enable_extensions = ["colon_fence"]\n', "")
    page = "# Fence\n\n:::{note}\nNot ours.\n:::\n"
    app = build(make_app, project(tmp_path / "off", {"index": page}, conf), freshenv=True)
    assert warnings_of(app.warning.getvalue()) == []
