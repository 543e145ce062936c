extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Grid"
html_theme = "furo"
shownotes_talk_kinds = ["talk", "keynote", "break", "workshop"]
copyright = "2099, test"
version = release = "1.0"
