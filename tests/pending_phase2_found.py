"""Defects the generated tests found, whose fixes live in the code issue 10 rewrites (branch
``arch``): phase 2 of issue 14. (The listed defects are in ``pending_phase2.py``.)

Each test below fails on this branch. ``conftest.py`` keeps this file out of ``make test``
(``collect_ignore``); run it with::

    SHOWNOTES_PENDING=1 .venv/bin/python -m pytest tests/pending_phase2_found.py

``/work/wt/notes/defects.md`` gives, for each test, the failure, where the fix lives and the fix
proposed. When a fix lands, move its test into the suite (and drop the matching exception there:
``PENDING`` in test_every_builder.py and test_incremental_links.py, ``SPLIT_AT_SEMICOLON`` in
test_every_text.py, the gettext skips, ``theme_limits`` in harness.py).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from harness import html_problems
from helpers import body, inventory, soup
from outputs import output_text, squash

from tools import latexmk, pdftotext, require_tex

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Pending"
copyright = "2015, test"
version = release = "1.0"
"""


def project(root: Path, pages: dict[str, str], conf: str = CONF) -> Path:
    """A project of ``pages`` (docname -> MyST); ``index`` holds a toctree of the others."""
    root.mkdir(parents=True)
    (root / "conf.py").write_text(conf)
    others = [name for name in pages if name != "index"]
    index = pages.get("index", "# Pending\n")
    if others:
        index += "\n```{toctree}\n" + "\n".join(others) + "\n```\n"
    (root / "index.md").write_text(index)
    for name, text in pages.items():
        if name != "index":
            (root / f"{name}.md").write_text(text)
    return root


def build(make_app, srcdir: Path, builder: str = "html", **kwargs):
    app = make_app(builder, srcdir=srcdir, **kwargs)
    app.build()
    app.cleanup()
    return app


# -- found by the generated tests ------------------------------------------------------------


ROLES_IN_TITLES = {
    "index": """# Notes on {project}`thing`

:::{project} thing
:name: The Thing
:::

:::{speaker} ada
:name: Ada Example
:::

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
""",
}


def test_roles_in_titles_show_the_names_they_link_to(make_app, tmp_path: Path):
    """Titles are taken as text before references resolve: the checklist's and check's names
    (objects.inv, general index, search) and the page title in the project index's "Pages:"
    show the ids ``thing`` and ``ada`` instead of "The Thing" and "Ada Example"; so does a
    section title in the page's table of contents (furo's "On this page")."""
    app = build(
        make_app,
        project(tmp_path / "roles", ROLES_IN_TITLES),
        freshenv=True,
        confoverrides={"html_theme": "furo"},
    )
    toc = squash(soup(app.outdir, "index").select_one(".toc-tree").get_text(" "))
    assert "A section about Ada Example" in toc, toc
    inv = inventory(app.outdir)
    assert inv["shownotes:checklist"]["with-roles"][1] == "Checklist for The Thing"
    assert inv["shownotes:check"]["with-roles.ask"][1] == "Ask Ada Example"
    assert "Checklist for The Thing (checklist)" in body(app.outdir, "genindex").get_text(" ")
    pages = body(app.outdir, "index").find("dl", class_="shownotes-project-index").get_text(" ")
    assert "Notes on The Thing" in squash(pages)
