"""The "Project index" entry of the general index: its place, and every page of a split index."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import body, soup, warnings_of
from sphinx.testing.util import SphinxTestApp

WITHOUT_P = {"exclude_patterns": ["_build", "python.md"]}


def letters(page) -> list[str]:
    """The letter groups of a one-page general index, in order."""
    return [h.get_text(strip=True) for h in page.find_all("h2")]


def entries_of(page, letter: str) -> list[str]:
    """The entries' texts under ``letter`` in a one-page general index."""
    heading = next(h for h in page.find_all("h2") if h.get_text(strip=True) == letter)
    table = heading.find_next("table")
    return [" ".join(li.get_text(" ").split()) for li in table.find_all("li")]


@pytest.mark.sphinx("html", testroot="genindex", freshenv=True, confoverrides=WITHOUT_P)
def test_project_index_group_comes_after_symbols(app: SphinxTestApp) -> None:
    """Issue 14, defect 3: the new "P" group went before "Symbols" ("P Symbols A Z")."""
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    page = body(app.outdir, "genindex")
    assert letters(page) == ["Symbols", "A", "P", "Z"]
    assert entries_of(page, "P") == ["Project index"]
    assert page.find("a", string="Project index")["href"] == "shownotes-projects.html"


@pytest.mark.sphinx("html", testroot="genindex", freshenv=True)
def test_project_index_entry_sorts_among_its_letter(app: SphinxTestApp) -> None:
    app.build()
    page = body(app.outdir, "genindex")
    assert letters(page) == ["Symbols", "A", "P", "Z"]
    assert entries_of(page, "P") == ["Pat Example (speaker)", "Project index", "Python (project)"]


@pytest.mark.parametrize("confoverrides", [WITHOUT_P, {}], ids=["new-letter", "existing-letter"])
def test_split_index_builds_and_every_letter_page_has_its_entries(
    make_app, rootdir: Path, tmp_path: Path, confoverrides: dict
) -> None:
    """Issue 14, defect 2: ``html_split_index = True`` crashed Sphinx's ``write_genindex``."""
    import shutil

    srcdir = tmp_path / "genindex"
    shutil.copytree(rootdir / "test-genindex", srcdir)
    split = {**confoverrides, "html_split_index": True}
    app = make_app("html", srcdir=srcdir, freshenv=True, confoverrides=split)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    outdir = Path(app.outdir)
    overview = body(outdir, "genindex")
    jump = [a.get_text(strip=True) for a in overview.select(".genindex-jumpbox p:first-child a")]
    assert jump == ["Symbols", "A", "P", "Z"]
    for letter in jump:
        assert (outdir / f"genindex-{letter}.html").is_file(), letter
    letter_page = body(outdir, "genindex-P")
    link = letter_page.find("a", string="Project index")
    assert link is not None and link["href"] == "shownotes-projects.html"
    full = body(outdir, "genindex-all")
    assert letters(full) == ["Symbols", "A", "P", "Z"]
    assert "Project index" in entries_of(full, "P")
    # the other letters' pages hold their own entries only
    assert "Project index" not in body(outdir, "genindex-A").get_text()
    assert "Ada Example (speaker)" in soup(outdir, "genindex-A").get_text()
