import importlib.util

extensions = ["myst_parser", "sphinx_copybutton", "shownotes"]
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist", "attrs_inline"]
exclude_patterns = ["_build"]
project = "Checklists"
shownotes_talk_kinds = ["breakout"]
# The site's theme where it is installed (the browser tests need it; `make test-min` has none).
if importlib.util.find_spec("furo") is not None:
    html_theme = "furo"
copyright = "2015, test"
version = release = "1.0"
