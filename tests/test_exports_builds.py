"""The exports across builds and builders: ``-j 2`` and incremental builds write the same files
as a clean build, two builds are byte-identical, ``shownotes_exports`` turns them off (or some
of them), an unknown name warns, and only html, dirhtml and singlehtml write them (with links
that lead to the files)."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest
from bs4 import BeautifulSoup
from exporting import TIMED, export_files, linked_data
from helpers import line_of, warnings_of

ROOT = "test-exports"
EXPORT_NAMES = {"schedule.ics", "schedule.json", "schedule.xml", "shownotes.json"}


def copy_root(rootdir: Path, target: Path) -> Path:
    shutil.copytree(rootdir / ROOT, target)
    return target


def build(make_app, srcdir: Path, builder: str = "html", fresh: bool = True, **kwargs):
    app = make_app(builder, srcdir=srcdir, freshenv=fresh, **kwargs)
    app.build()
    return app


def test_parallel_and_repeated_builds_write_the_same_bytes(make_app, rootdir, tmp_path):
    serial = build(make_app, copy_root(rootdir, tmp_path / "serial"))
    again = build(make_app, copy_root(rootdir, tmp_path / "again"))
    parallel = build(make_app, copy_root(rootdir, tmp_path / "parallel"), parallel=2)
    files = export_files(serial.outdir)
    assert set(files) >= EXPORT_NAMES and len(files) > 10
    assert export_files(again.outdir) == files
    assert export_files(parallel.outdir) == files


EDITS = {
    # a talk moves in time, a speaker is renamed, a talk is deleted; the event of the talks
    # of berlin/saturday.md (declared on berlin/index.md) changes its zone or its place
    "time": ("berlin/saturday.md", ":start: 10:00", ":start: 11:00"),
    "place": ("berlin/index.md", ":place: Berlin, Germany", ":place: Potsdam, Germany"),
    "rename": ("people.md", ":name: Bob Example", ":name: Robert Example"),
    "delete": ("tokyo.md", ":::{talk} tokyo-opening", ":::{talk} tokyo-opening\n:no-index:"),
    "zone": ("berlin/index.md", ":timezone: Europe/Berlin", ":timezone: Europe/Lisbon"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_incremental_build_writes_what_a_clean_build_writes(make_app, rootdir, tmp_path, edit):
    src = copy_root(rootdir, tmp_path / "src")
    first = build(make_app, src)
    path, old, new = EDITS[edit]
    text = (src / path).read_text("utf-8")
    assert old in text
    (src / path).write_text(text.replace(old, new, 1), "utf-8")
    incremental = build(make_app, src, fresh=False)
    clean_src = tmp_path / "clean"
    shutil.copytree(src, clean_src, ignore=shutil.ignore_patterns("_build"))
    clean = build(make_app, clean_src)
    assert export_files(incremental.outdir) == export_files(clean.outdir)
    pages = ("berlin/index.html", "berlin/saturday.html", "people.html", "tokyo.html")
    for page in pages:  # the schema.org data of pages not read again follows too
        assert linked_data(incremental.outdir, page) == linked_data(clean.outdir, page), page
    if edit == "delete":  # its own calendar file is gone
        assert not (Path(first.outdir) / "_calendar" / "tokyo-opening.ics").exists()


def test_an_empty_shownotes_exports_writes_nothing(make_app, rootdir, tmp_path):
    app = build(
        make_app, copy_root(rootdir, tmp_path / "src"), confoverrides={"shownotes_exports": []}
    )
    out = Path(app.outdir)
    assert not list(out.glob("schedule*")) and not (out / "shownotes.json").exists()
    assert not (out / "_calendar").exists()
    for page in out.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "application/ld+json" not in text and ".ics" not in text, page
    assert warnings_of(app.warning.getvalue()) == []


def test_some_exports_and_an_unknown_name(make_app, rootdir, tmp_path):
    src = copy_root(rootdir, tmp_path / "src")
    conf = src / "conf.py"
    conf.write_text(conf.read_text() + 'shownotes_exports = ["ics", "pdf"]\n')
    app = build(make_app, src)
    files = set(export_files(app.outdir))
    assert "schedule.ics" in files and not files & {"schedule.json", "shownotes.json"}
    (warning,) = warnings_of(app.warning.getvalue())
    assert f"conf.py:{line_of(conf, 'shownotes_exports')}:" in warning
    assert "'pdf'" in warning and "[shownotes.unknown-export]" in warning
    listing = BeautifulSoup((Path(app.outdir) / "listings.html").read_text(), "html.parser")
    assert [a.get_text() for a in listing.select(".shownotes-exports a")] == ["Calendar"] * 2
    assert linked_data(app.outdir, "people.html") == []


def links_of(outdir: Path, page: Path) -> list[tuple[str, str]]:
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    found = soup.select(".shownotes-exports a, .shownotes-calendar a")
    base = page.relative_to(outdir).as_posix()
    return [(a.get_text(), unquote(urljoin(base, a["href"]))) for a in found]


@pytest.mark.parametrize("builder", ["html", "dirhtml", "singlehtml"])
def test_every_html_builder_writes_the_files_its_pages_link(make_app, rootdir, tmp_path, builder):
    app = build(make_app, copy_root(rootdir, tmp_path / "src"), builder)
    out = Path(app.outdir)
    files = export_files(out)
    links = [link for page in sorted(out.rglob("*.html")) for link in links_of(out, page)]
    targets = {target for _, target in links}
    assert {f"_calendar/{tid}.ics" for tid in TIMED} <= targets
    assert {"schedule.ics", "schedule.json", "schedule-berlin.xml"} <= targets
    assert targets <= set(files), targets - set(files)
    assert {label for label, _ in links} == {"Calendar", "JSON", "XML", "Add to calendar"}
    assert warnings_of(app.warning.getvalue()) == []


@pytest.mark.parametrize("builder", ["epub", "text", "latex"])
def test_other_builders_write_no_exports_and_no_links(make_app, rootdir, tmp_path, builder):
    app = build(make_app, copy_root(rootdir, tmp_path / "src"), builder)
    out = Path(app.outdir)
    assert not (out / ".shownotes-exports").exists() and not (out / "_calendar").exists()
    for path in out.rglob("*"):
        if path.suffix in (".xhtml", ".txt", ".tex"):
            text = path.read_text("utf-8")
            assert "Add to calendar" not in text and "ld+json" not in text, path
    assert warnings_of(app.warning.getvalue()) == []


DUPLICATE = """# {title}

## A talk

:::{{talk}} twice
:title: {title}
:date: 2015-10-24
{start}:::
"""


def test_only_the_winning_declaration_links_its_calendar_and_carries_data(make_app, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    conf = 'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
    (src / "conf.py").write_text(conf + 'suppress_warnings = ["shownotes.duplicate-id"]\n')
    (src / "index.md").write_text("# Site\n\n```{toctree}\nb\n```\n")
    (src / "b.md").write_text(DUPLICATE.format(title="Timed copy", start=":start: 10:00\n"))
    first = build(make_app, src)
    assert "_calendar/twice.ics" in export_files(first.outdir)
    assert len(linked_data(first.outdir, "b.html")) == 1
    # a.md declares the id first (it wins: pages in name order) and gives no time: the link
    # and the data leave b.html, which is not read again
    (src / "a.md").write_text(DUPLICATE.format(title="Untimed winner", start=""))
    (src / "index.md").write_text("# Site\n\n```{toctree}\na\nb\n```\n")
    again = build(make_app, src, fresh=False)
    page = (Path(again.outdir) / "b.html").read_text("utf-8")
    assert "Add to calendar" not in page and linked_data(again.outdir, "b.html") == []
    assert [d["name"] for d in linked_data(again.outdir, "a.html")] == ["Untimed winner"]
    assert "_calendar/twice.ics" not in export_files(again.outdir)
    assert not (Path(again.outdir) / "_calendar" / "twice.ics").exists()


def test_a_deleted_page_takes_its_talks_calendar_files_with_it(make_app, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
    )
    (src / "index.md").write_text("# Site\n\n```{toctree}\na\nb\n```\n")
    (src / "a.md").write_text(DUPLICATE.format(title="Gone soon", start=":start: 10:00\n"))
    (src / "b.md").write_text("# B\n\n:::{schedule}\n:::\n")
    first = build(make_app, src)
    assert (Path(first.outdir) / "_calendar" / "twice.ics").is_file()
    (src / "a.md").unlink()
    (src / "index.md").write_text("# Site\n\n```{toctree}\nb\n```\n")
    again = build(make_app, src, fresh=False)
    out = Path(again.outdir)
    # Sphinx leaves a.html in place (it never deletes a page); the exports follow the notes
    assert (out / "a.html").is_file() and not (out / "_calendar" / "twice.ics").exists()
    assert "twice" not in (out / "schedule.ics").read_text("utf-8").lower()
    assert not any("twice" in path for path in export_files(out))
