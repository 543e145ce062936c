"""Text a user writes, with the characters of every output's syntax: HTML, LaTeX, index entries
(``;`` ``!`` ``@`` ``|``), troff, Texinfo; and roles inside titles."""

from shownotes.latex import LUALATEX_FONTPKG, use_upmendex
from sphinx.application import Sphinx

extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Every text"
author = "test"
copyright = "2015, test"
version = release = "1.0"
shownotes_event = {"name": "Summit; 2015! @Tokyo |", "place": "Tokyo & $100%"}

latex_engine = "lualatex"
latex_elements = {"papersize": "a4paper", "fontpkg": LUALATEX_FONTPKG}
latex_documents = [("index", "every-text.tex", project, author, "manual")]
latex_use_xindy = False
man_pages = [("index", "every-text", project, [author], 1)]
texinfo_documents = [("index", "every-text", project, author, "every-text", project, "Misc")]


def setup(app: Sphinx) -> None:
    """Sort the PDF index with upmendex, as the site does."""
    app.connect("build-finished", use_upmendex)
