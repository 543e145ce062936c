"""Numbered tables and figures (numfig) around a schedule, whose table has a caption."""

extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Numbers"
author = "test"
copyright = "2015, test"
version = release = "1.0"
numfig = True
shownotes_event = {"name": "Numbered Summit"}
latex_engine = "lualatex"
latex_documents = [("index", "numbers.tex", project, author, "manual")]
latex_use_xindy = False


def setup(app):
    """Sort the index with upmendex, as the site does (makeindex and LuaLaTeX disagree)."""
    from shownotes.latex import use_upmendex

    app.connect("build-finished", use_upmendex)
