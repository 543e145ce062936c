"""Roles in titles show the names they link to, wherever the title is shown.

Titles were taken as text before references resolve: a checklist's and a check's names
(objects.inv, general index, search) and a page's title (the project index's "Pages:", the
search page's titles, the table of contents: furo's "On this page") showed the ids ``thing``
and ``ada`` instead of "The Thing" and "Ada Example".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import body, inventory, soup, warnings_of
from outputs import squash

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Roles"
copyright = "2015, test"
version = release = "1.0"
html_theme = "furo"
"""

PEOPLE = """# People

:::{project} thing
:name: The Thing
:::

:::{speaker} ada
:name: Ada Example
:::
"""

NOTES = """# Notes on {project}`thing`

::::{checklist} with-roles
:title: Checklist for {project}`thing`

:::{check} ask
:title: Ask {speaker}`ada`
:::
::::

:::{project-index}
:::

## A section about {speaker}`ada`

Text.
"""


def write(root: Path) -> Path:
    """``people`` declares the objects; ``index`` (the notes) has roles in its titles."""
    root.mkdir(parents=True)
    (root / "conf.py").write_text(CONF)
    (root / "index.md").write_text(NOTES + "\n```{toctree}\npeople\n```\n")
    (root / "people.md").write_text(PEOPLE)
    return root


def shown(outdir: Path, thing: str) -> None:
    """Every place a title is shown names the objects (``thing``: the project's name)."""
    page = soup(outdir, "index")
    toc = squash(page.select_one(".toc-tree").get_text(" "))
    assert "A section about Ada Example" in toc, toc
    search = (outdir / "searchindex.js").read_text("utf-8")
    titles = json.loads(search[search.index("(") + 1 : search.rindex(")")])["titles"]
    # The page's title, as the search page shows it (Sphinx 8 stores it as HTML, 9 as text).
    assert f"Notes on {thing}" in [BeautifulSoup(t, "html.parser").get_text() for t in titles]
    inv = inventory(outdir)
    assert inv["shownotes:checklist"]["with-roles"][1] == f"Checklist for {thing}"
    assert inv["shownotes:check"]["with-roles.ask"][1] == "Ask Ada Example"
    assert f"Checklist for {thing} (checklist)" in body(outdir, "genindex").get_text(" ")
    listing = body(outdir, "index").find("dl", class_="shownotes-project-index")
    assert f"Notes on {thing}" in squash(listing.get_text(" "))


@pytest.fixture
def srcdir(tmp_path: Path) -> Path:
    pytest.importorskip("furo")
    return write(tmp_path / "roles")


def test_roles_in_titles_show_the_names_they_link_to(make_app, srcdir: Path) -> None:
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    shown(Path(app.outdir), "The Thing")


def test_a_renamed_object_is_renamed_in_the_titles(make_app, srcdir: Path) -> None:
    """Incremental: the notes are not read again, yet their titles show the new name."""
    make_app("html", srcdir=srcdir, freshenv=True).build()
    people = srcdir / "people.md"
    people.write_text(people.read_text().replace("The Thing", "The Renamed Thing"))
    app = make_app("html", srcdir=srcdir)
    read: list[str] = []
    app.connect("env-before-read-docs", lambda app, env, docnames: read.extend(docnames))
    app.build()
    assert read == ["people"]
    shown(Path(app.outdir), "The Renamed Thing")
