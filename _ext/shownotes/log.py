"""The logger every warning of the extension goes through (type ``shownotes``, a subtype)."""

from __future__ import annotations

from typing import Any, NamedTuple

from sphinx.util import logging

logger = logging.getLogger("shownotes")

WARNING_TYPE = "shownotes"


class Subtype(NamedTuple):
    """A warning subtype as the documentation lists it (MyST inline text)."""

    trigger: str  #: what triggers it, with an example
    effect: str  #: what happens then


def warn(message: str, subtype: str, location: Any) -> None:
    """Log a shownotes warning at ``location`` (a node, ``(docname, line)`` or ``"file:line"``)."""
    logger.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)
