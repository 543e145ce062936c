"""The ``checklist`` and ``check`` directives: HTML, objects.inv, roles, text, LaTeX, warnings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from sphinx.testing.util import SphinxTestApp
from sphinx.util.inventory import InventoryFile

CHECKLIST = "neutron-connectivity"
TITLES = [
    "Packets leave the VM",
    "Packets cross the veth pair",
    "$x & 100% a<b {z} ~^",
    "The Linux bridge forwards",
]


def soup(app: SphinxTestApp, page: str) -> BeautifulSoup:
    """The built HTML page ``page`` (without ``.html``), parsed."""
    return BeautifulSoup((Path(app.outdir) / f"{page}.html").read_text("utf-8"), "html.parser")


def the_checklist(page: BeautifulSoup, checklist_id: str = CHECKLIST) -> Tag:
    found = page.find("div", attrs={"data-checklist": checklist_id})
    assert isinstance(found, Tag), f"no checklist {checklist_id!r}"
    return found


def checks_of(checklist: Tag) -> list[Tag]:
    """The checks of ``checklist`` itself (not of a checklist nested in it)."""
    return [
        li
        for li in checklist.select("li.shownotes-check")
        if li.find_parent("div", class_="shownotes-checklist") is checklist
    ]


def attr(tag: object, name: str) -> str:
    """An attribute of a BeautifulSoup tag as text ("" if absent or not a tag)."""
    value = tag.get(name) if isinstance(tag, Tag) else None
    return " ".join(value) if isinstance(value, list) else str(value or "")


def warnings_of(app: SphinxTestApp) -> str:
    """The build's warnings, colour codes removed."""
    return re.sub(r"\x1b\[[0-9;]*m", "", app.warning.getvalue())


@pytest.mark.sphinx("html", testroot="checklist", freshenv=True)
def test_html_checks_have_boxes_labels_numbers_and_parts(app: SphinxTestApp) -> None:
    app.build()
    page = soup(app, "index")
    checklist = the_checklist(page)
    assert checklist.get("id") == f"checklist-{CHECKLIST}"
    assert checklist["data-persist"] == "true"
    assert checklist["role"] == "group"
    title = page.find(id=checklist["aria-labelledby"])
    assert title is not None
    assert title.get_text(" ", strip=True) == "Troubleshooting Neutron connectivity"
    assert title.find("em") is not None  # the title is inline MyST

    checks = checks_of(checklist)
    assert len(checks) == len(TITLES)
    assert checks[0].find_parent("ol", class_="shownotes-check-list") is not None
    keys = []
    for number, (item, title_text) in enumerate(zip(checks, TITLES, strict=True), 1):
        box = item.find("input")
        assert isinstance(box, Tag)
        assert box["type"] == "checkbox"
        assert attr(box, "id").startswith("check-neutron-connectivity-")
        keys.append(box["data-check"])
        label = item.find("label", attrs={"for": box["id"]})
        assert isinstance(label, Tag), "every checkbox has a <label for=...>"
        assert label.get_text(" ", strip=True) == f"{number}. {title_text}"
        number_span = label.find(class_="shownotes-check-number")
        assert number_span is not None and number_span.get_text() == f"{number}."
    assert keys == ["vm-egress", "veth", "special", "bridge"]

    first = checks[0]
    assert first["id"] == "check-neutron-connectivity-vm-egress"
    body = first.find(class_="shownotes-check-body")
    expect = first.find(class_="shownotes-check-expect")
    if_not = first.find(class_="shownotes-check-if-not")
    assert body and expect and if_not
    assert body.select_one("div.highlight pre"), "commands are code blocks (copybutton targets)"
    assert "tcpdump -ni eth0 -v icmp" in body.get_text()
    assert expect.get_text(" ", strip=True).startswith("Expect:")
    assert expect.find("code") is not None  # inline MyST in :expect:
    assert if_not.get_text(" ", strip=True).startswith("If not:")
    assert if_not.find("strong", string="security group") is not None
    # A '#' in a quoted option value is kept (MyST reads an unquoted ' #' as a comment).
    assert "See issue #1, 50% of the time." in checks[2].get_text()
    # Text from options is escaped, never raw HTML.
    assert "a&lt;b" in str(checks[2].find("label"))

    # Talk and projects are cross-references.
    meta = checklist.find(class_="shownotes-checklist-meta")
    assert meta is not None
    hrefs = [a["href"] for a in meta.find_all("a")]
    assert hrefs == ["#talk-neutron-troubleshooting", "#project-neutron", "#project-openvswitch"]

    # Controls: hidden until the script shows them; progress is a polite live region.
    controls = checklist.find(class_="shownotes-checklist-controls")
    assert controls is not None and controls.has_attr("hidden")
    progress = controls.find(class_="shownotes-checklist-progress")
    assert progress is not None and progress["aria-live"] == "polite"
    assert progress.get_text(strip=True) == "0 of 4 checked"
    reset = controls.find("button")
    assert reset is not None and reset["type"] == "button"

    scripts = {attr(s, "src").split("?")[0]: s for s in page.find_all("script")}
    assert "_static/copybutton.js" in scripts
    assert scripts["_static/checklist.js"].get("defer") is not None
    styles = [attr(link, "href").split("?")[0] for link in page.find_all("link")]
    assert "_static/checklist.css" in styles
    assert (Path(app.outdir) / "_static" / "checklist.js").is_file()
    assert (Path(app.outdir) / "_static" / "checklist.css").is_file()


@pytest.mark.sphinx("html", testroot="checklist", freshenv=True)
def test_objects_inv_has_checklist_and_each_check(app: SphinxTestApp) -> None:
    app.build()
    inventory = InventoryFile.loads((Path(app.outdir) / "objects.inv").read_bytes(), uri="")
    checklists = inventory.data["shownotes:checklist"]
    checks = inventory.data["shownotes:check"]
    assert checklists[CHECKLIST].uri == f"index.html#checklist-{CHECKLIST}"
    assert checklists[CHECKLIST].display_name == "Troubleshooting Neutron connectivity"
    for check_id, title in zip(["vm-egress", "veth", "special", "bridge"], TITLES, strict=True):
        item = checks[f"{CHECKLIST}.{check_id}"]
        assert item.uri == f"index.html#check-{CHECKLIST}-{check_id}"
        assert item.display_name == title
    assert "doubled.same" in checks
    assert "untitled.one" in checks
    assert "inner.deep" in checks and "outer.deep" not in checks
    assert "nested-check.host" in checks and "nested-check.guest" not in checks


@pytest.mark.sphinx("html", testroot="checklist", freshenv=True)
def test_roles_link_to_checklist_and_single_check(app: SphinxTestApp) -> None:
    app.build()
    links = [
        (a.get_text(strip=True), attr(a, "href")) for a in soup(app, "refs").select("a.reference")
    ]
    assert ("Troubleshooting Neutron connectivity", f"index.html#checklist-{CHECKLIST}") in links
    assert ("Packets leave the VM", f"index.html#check-{CHECKLIST}-vm-egress") in links
    assert ("the veth check", f"index.html#check-{CHECKLIST}-veth") in links
    # the prefixed role resolves like the plain one
    assert [t for t, h in links if h.endswith(f"#checklist-{CHECKLIST}")] == [
        "Troubleshooting Neutron connectivity"
    ] * 2


@pytest.mark.sphinx("html", testroot="checklist", freshenv=True)
def test_doctree_numbers_records_and_mentions(app: SphinxTestApp) -> None:
    from shownotes.checklist_nodes import check

    app.build()
    doctree = app.env.get_doctree("index")
    numbers = [node["number"] for node in doctree.findall(check)]
    assert numbers == [1, 2, 3, 4]
    domain = app.env.domains["shownotes"]
    record = domain.derived.winners["checklist"][CHECKLIST]  # type: ignore[attr-defined]
    assert record.talk == "neutron-troubleshooting"
    assert record.projects == ("neutron", "openvswitch")
    assert record.checks == tuple(
        f"{CHECKLIST}.{c}" for c in ("vm-egress", "veth", "special", "bridge")
    )
    check_record = domain.derived.winners["check"][f"{CHECKLIST}.veth"]  # type: ignore[attr-defined]
    assert (check_record.number, check_record.lineno) == (2, 42)
    # :projects: and :talk: count as mentions, attributed to the checklist's talk
    talks = domain.derived.talks_mentioning  # type: ignore[attr-defined]
    assert "neutron-troubleshooting" in talks.get(("project", "openvswitch"), [])


@pytest.mark.sphinx("html", testroot="checklist", freshenv=True)
def test_bad_input_warns_at_file_and_line_and_renders_the_rest(app: SphinxTestApp) -> None:
    app.build()
    warnings = warnings_of(app)
    assert "Traceback" not in warnings and "Exception" not in warnings
    expected = [
        (3, "misplaced", "outside a checklist"),
        (15, "duplicate-id", "'doubled.same' is already declared at bad.md:11"),
        (20, "empty", "has no check directives"),
        (26, "missing-option", "missing :title:"),
        (33, "empty", "has no check directives"),
        (36, "misplaced", "cannot stand inside a checklist"),
        (53, "misplaced", "cannot stand inside another check"),
    ]
    for line, subtype, text in expected:
        pattern = rf"bad\.md:{line}: WARNING: .*{re.escape(text)}.* \[shownotes\.{subtype}\]"
        assert re.search(pattern, warnings), f"no {subtype} warning at bad.md:{line}:\n{warnings}"
    assert "index.md" not in warnings, warnings  # the good page is clean

    page = soup(app, "bad")
    assert "Still rendered after the bad input." in page.get_text()
    lonely = page.find(string=re.compile("A check outside any checklist"))
    assert lonely is not None
    lonely_check = lonely.find_parent(class_="shownotes-check")
    assert lonely_check is not None and lonely_check.find("input") is None
    assert "A warning, and this text still shows." in lonely_check.get_text()
    doubled = checks_of(the_checklist(page, "doubled"))
    assert [attr(c.find("input"), "data-check") for c in doubled] == ["same", "2"]
    assert len({attr(c.find("input"), "id") for c in doubled}) == 2
    inner = checks_of(the_checklist(page, "inner"))
    assert len(inner) == 1 and checks_of(the_checklist(page, "outer")) == []
    nested = the_checklist(page, "nested-check")
    assert len(checks_of(nested)) == 1 and len(nested.select("input")) == 1
    guest = page.find(string=re.compile("A check inside a check"))
    assert guest is not None
    guest_check = guest.find_parent(class_="shownotes-check")
    assert guest_check is not None and guest_check.find("input") is None
    untitled = the_checklist(page, "untitled")
    untitled_title = untitled.find(class_="shownotes-checklist-title")
    assert untitled_title is not None and untitled_title.get_text(strip=True) == "untitled"


@pytest.mark.sphinx(
    "html",
    testroot="checklist",
    freshenv=True,
    confoverrides={"shownotes_checklist_persist": False},
)
def test_persist_off_is_a_data_attribute(app: SphinxTestApp) -> None:
    app.build()
    assert the_checklist(soup(app, "index"))["data-persist"] == "false"


@pytest.mark.sphinx("text", testroot="checklist", freshenv=True)
def test_text_has_box_number_title_lines(app: SphinxTestApp) -> None:
    app.build()
    text = (Path(app.outdir) / "index.txt").read_text("utf-8")
    lines = text.splitlines()
    for number, title in enumerate(TITLES, 1):
        assert f"[ ] {number}. {title}" in lines
    assert "    **Expect:** The same requests on both ends of the pair." in lines
    assert "       $ tcpdump -ni eth0 -v icmp" in lines
    bad = (Path(app.outdir) / "bad.txt").read_text("utf-8").splitlines()
    assert "A check outside any checklist" in bad  # no box: it is in no checklist
    assert "[ ] 2. Second of two" in bad


@pytest.mark.sphinx("latex", testroot="checklist", freshenv=True)
def test_latex_has_boxes_numbers_and_escapes(app: SphinxTestApp) -> None:
    app.build()
    (tex_file,) = Path(app.outdir).glob("*.tex")
    tex = tex_file.read_text("utf-8")
    assert r"\usepackage{amssymb}" in tex
    assert re.search(
        r"\\item\[\\\(\\square\\\)\] \\phantomsection\\label\{\\detokenize\{"
        r"index:check-neutron-connectivity-vm-egress\}\}"
        r"\\sphinxstylestrong\{1\.\\ Packets leave the VM\}",
        tex,
    )
    title = r"\$x \& 100\% a\textless{}b \{z\} \textasciitilde{}\textasciicircum{}"
    assert r"\sphinxstylestrong{3.\ " + title + "}" in tex
    assert r"See issue \#1, 50\% of the time." in tex
    assert r"\sphinxstylestrong{Expect:}" in tex and r"\sphinxstylestrong{If not:}" in tex
    # index, doubled, untitled, inner, nested-check (its host check only)
    assert tex.count(r"\(\square\)") == 4 + 2 + 1 + 1 + 1
    assert r"\label{\detokenize{index:checklist-neutron-connectivity}}" in tex
    assert "<input" not in tex and "Reset" not in tex


COPIES = """# Copies

::::{checklist} twice
:title: The checklist

:::{check} one
:title: First check
:::
::::

::::{checklist} twice
:title: Its copy, drawn again
:no-index:

:::{check} one
:title: First check
:::
::::

::::{checklist} twice
:title: An ignored duplicate

:::{check} one
:title: First check
:::
::::
"""


def build_copies(make_app: type[SphinxTestApp], tmp_path: Path) -> SphinxTestApp:
    """A page with a checklist, a ``:no-index:`` copy of it and a duplicate (one warning)."""
    srcdir = tmp_path / "copies"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(
        'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
    )
    (srcdir / "index.md").write_text(COPIES)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    assert "duplicate-id" in warnings_of(app)
    return app


def test_checklists_of_one_id_on_a_page_keep_their_ticks_apart(
    make_app: type[SphinxTestApp], tmp_path: Path
) -> None:
    """Found by the output checks: both copies kept their ticks under one key, so ticking one
    ticked the other after a reload. (The output checks of conftest.py check every page.)"""
    from harness import html_problems

    app = build_copies(make_app, tmp_path)
    lists = soup(app, "index").select("div[data-checklist]")
    assert [attr(c, "data-checklist") for c in lists] == ["twice"] * 3
    assert [attr(c, "data-storage-key") for c in lists] == ["twice", "twice~2", "twice~3"]
    assert html_problems(Path(app.outdir)) == []


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain text, each on one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


@pytest.mark.sphinx("man", testroot="checklist", freshenv=True)
def test_man_page_checks_are_paragraphs_with_box_and_number(app: SphinxTestApp) -> None:
    """Issue 14, defect 12: man pages ran each check into the paragraph before it."""
    from tools import man_text

    app.build()
    (page,) = Path(app.outdir).glob("*.1")
    text = man_text(page)
    found = paragraphs(text)
    assert "Work from the VM outwards." in found
    for number, title in enumerate(TITLES, 1):
        assert f"[ ] {number}. {title}" in found
    assert "Expect: The same requests on both ends of the pair." in found
    assert "If not: The pair is down or in the wrong namespace." in found
    lines = [line.strip() for line in text.splitlines()]
    assert "A check outside any checklist" in lines  # no box: it is in no checklist


@pytest.mark.sphinx("texinfo", testroot="checklist", freshenv=True)
def test_texinfo_checks_have_box_and_number(app: SphinxTestApp) -> None:
    app.build()
    (page,) = Path(app.outdir).glob("*.texi")
    lines = page.read_text("utf-8").splitlines()
    assert "[ ] 1. Packets leave the VM" in lines
    assert "[ ] 3. $x & 100% a<b @{z@} ~^" in lines


@pytest.mark.parametrize("builder", ["epub", "singlehtml", "man", "texinfo"])
def test_other_builders_do_not_fail(
    builder: str, make_app: type[SphinxTestApp], rootdir: Path, tmp_path: Path
) -> None:
    import shutil

    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-checklist", srcdir)
    app = make_app(builder, srcdir=srcdir, freshenv=True)
    app.build()
    warnings = warnings_of(app)
    assert "Traceback" not in warnings and "index.md" not in warnings, warnings
    output = "\n".join(
        p.read_text("utf-8", errors="replace")
        for p in Path(app.outdir).rglob("*")
        if p.is_file() and p.suffix in {".html", ".xhtml", ".1", ".texi"}
    )
    assert "Packets cross the veth pair" in output


@pytest.mark.sphinx("html", testroot="checklist", freshenv=True, parallel=2)
def test_parallel_build_records_the_same_objects(app: SphinxTestApp) -> None:
    app.build()
    inventory = InventoryFile.loads((Path(app.outdir) / "objects.inv").read_bytes(), uri="")
    assert sorted(inventory.data["shownotes:check"]) == [
        "doubled.same",
        "inner.deep",
        "nested-check.host",
        f"{CHECKLIST}.bridge",
        f"{CHECKLIST}.special",
        f"{CHECKLIST}.veth",
        f"{CHECKLIST}.vm-egress",
        "untitled.one",
    ]
    assert "bad.md:15: WARNING:" in warnings_of(app)
