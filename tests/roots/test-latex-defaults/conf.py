"""A site that sets only latex_engine = "lualatex": the extension supplies the rest."""

extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "LaTeX defaults"
latex_engine = "lualatex"
version = release = "1.0"
copyright = "2026, test"
