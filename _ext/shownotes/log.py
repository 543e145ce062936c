"""The logger every warning of the extension goes through (type ``shownotes``, a subtype)."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
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


def did_you_mean(word: str, candidates: Iterable[str], show: Callable[[str], str] = repr) -> str:
    """ "did you mean 'yamada-taro'?" for the candidate closest to a misspelt ``word``
    (``difflib``'s choice), or ""."""
    close = difflib.get_close_matches(word, sorted(candidates), n=1)
    return f"did you mean {show(close[0])}?" if close else ""
