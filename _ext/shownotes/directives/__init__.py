"""Directives of the shownotes extension, one module per family."""
