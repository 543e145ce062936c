extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Override"
language = "en"
# The site's own catalogue of the domain "shownotes" changes two labels.
locale_dirs = ["locales"]
copyright = "2015, test"
version = release = "1.0"
