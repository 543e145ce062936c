"""A site on Sphinx's default engine for English, pdflatex, with names it cannot typeset."""

extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "pdflatex"
version = release = "1.0"
copyright = "2026, test"
