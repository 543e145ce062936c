extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Export Days"
copyright = "2026, sphinx-shownotes contributors"
version = release = "1.0"
