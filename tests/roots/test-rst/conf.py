"""A reStructuredText site: no MyST, the same directives and roles."""

extensions = ["shownotes"]
exclude_patterns = ["_build"]
project = "rST"
