extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Duplicates"
copyright = "2015, test"
version = release = "1.0"
