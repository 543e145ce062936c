"""Sphinx configuration of the sphinx-shownotes site (source dir is the repository root)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The extension lives in _ext/; `pip install .` puts it on the path too (Read the Docs does).
sys.path.insert(0, str(Path(__file__).parent / "_ext"))
# This site's own extensions (docs/_ext): the reference page's tables, generated from the registry
# of kinds, and fixes of what axe-core finds in Sphinx's own HTML.
sys.path.insert(0, str(Path(__file__).parent / "docs" / "_ext"))

project = "OpenStack Summit Tokyo 2015: show notes"
author = "sphinx-shownotes contributors"
copyright = "2015-2026, the show notes' author and sphinx-shownotes contributors"
version = "0.1"
release = "0.1.0"
root_doc = "index"
language = "en"

extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinx_copybutton",
    "sphinxcontrib.bibtex",
    "shownotes",
    "shownotes_reference",
    "site_a11y",
]

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist", "attrs_inline"]
myst_heading_anchors = 3

exclude_patterns = [
    "_build",
    ".venv*",
    "README.md",
    "PYPI.md",
    "tests",
    "_ext",
    "bench",
    ".ci",
    "build",
    "*.egg-info",
    ".pytest_cache",
    ".hypothesis",
    "node_modules",
]

bibtex_bibfiles = ["docs/references.bib"]
bibtex_reference_style = "author_year"

# Copy commands without their "$ " prompts or line numbers.
copybutton_exclude = ".linenos, .gp"

html_theme = "furo"
html_title = "Tokyo 2015 show notes"
html_static_path: list[str] = []
# Read the Docs gives each build's address: the exports' and the schema.org data's URLs are then
# absolute, and the calendar's events link back to their notes (docs/using/exports.md).
html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL", "")

# -- Being found: Open Graph tags (link previews) and a sitemap, where the site's address is known --
# Read the Docs gives it in READTHEDOCS_CANONICAL_URL (https://<project>.readthedocs.io/en/latest/).
# Elsewhere there is none: both stay off rather than write relative og:url values or warn that the
# sitemap cannot be built. Talk pages take their description from their talk's summary.
html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL", "")
if html_baseurl:
    extensions += ["sphinxext.opengraph", "sphinx_sitemap"]
    ogp_site_url = html_baseurl
    ogp_social_cards = {"enable": False}  # no generated images (they would need matplotlib)
    sitemap_url_scheme = "{link}"  # the canonical URL already holds the language and version

# The event is declared on the landing page (index.md), so no shownotes_event is needed.
shownotes_talk_kinds = ["keynote", "breakout", "hallway"]
shownotes_checklist_persist = True
# Every export (the default, written out for the documentation): schedule.ics and a calendar file
# per timed talk, frab schedule.json and schedule.xml, shownotes.json, schema.org data.
shownotes_exports = ["ics", "json", "xml", "shownotes-json", "jsonld"]

# -- PDF (LaTeX through latexmk and LuaLaTeX) ----------------------------------------------------
# LuaLaTeX, so names in any script keep their glyphs (pdflatex stops on Japanese, Chinese or
# Korean). With it, the extension supplies the rest (shownotes/latex_setup.py): FreeFont with a
# fallback to Noto CJK, and an index sorted by upmendex; its LaTeX package sets the indexes in
# the text's own type. The .tex name matches `make pdf`'s -jobname, sphinx-shownotes.
latex_engine = "lualatex"
latex_documents = [(root_doc, "sphinx-shownotes.tex", project, author, "manual")]
latex_elements = {"papersize": "a4paper"}
latex_show_urls = "footnote"
