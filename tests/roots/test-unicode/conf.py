"""Names in Japanese, Chinese and Korean, and one full of LaTeX's special characters."""

from shownotes.latex import LUALATEX_FONTPKG, use_upmendex
from sphinx.application import Sphinx

extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Unicode names"
author = "test"
copyright = "2015, test"
version = release = "1.0"

# The site's PDF settings (conf.py at the repository root): LuaLaTeX, the font fallback to
# Noto CJK that the extension ships, upmendex for the index, and the .tex name the tests expect.
latex_engine = "lualatex"
latex_elements = {"papersize": "a4paper", "fontpkg": LUALATEX_FONTPKG}
latex_documents = [("index", "unicode.tex", project, author, "manual")]
latex_show_urls = "footnote"
latex_use_xindy = False


def setup(app: Sphinx) -> None:
    """Sort the index with upmendex, as the site does (makeindex breaks on CJK initials)."""
    app.connect("build-finished", use_upmendex)
