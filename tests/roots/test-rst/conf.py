"""A reStructuredText site: no MyST, the same directives and roles."""

extensions = ["shownotes"]
exclude_patterns = ["_build"]
project = "rST"
version = release = "1.0"
copyright = "2026, test"
