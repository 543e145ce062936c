"""One place for the extension's warnings: type ``shownotes`` and a documented subtype."""

from __future__ import annotations

from typing import Any

from sphinx.util import logging

logger = logging.getLogger("shownotes")

WARNING_TYPE = "shownotes"

#: Every subtype, with what triggers it (the documentation lists these too).
SUBTYPES: dict[str, str] = {
    "bad-id": "a missing id, or an id that is not a slug [a-z0-9][a-z0-9-]*",
    "duplicate-id": "an id declared a second time (the first in (docname, line) order wins)",
    "missing-option": "a required option (:name:, :title:) is absent",
    "bad-date": "a date that is not ISO YYYY-MM-DD",
    "bad-time": "a time that is not 24-hour HH:MM",
    "bad-duration": "a duration that is not a positive number of minutes",
    "bad-url": "a URL whose scheme is not http, https or mailto",
    "unknown-kind": "a talk kind not in shownotes_talk_kinds",
    "unknown-speaker": "a reference to a speaker id nobody declared",
    "unknown-talk": "a reference to a talk id nobody declared",
    "unknown-project": "a reference to a project id nobody declared",
    "unknown-checklist": "a reference to a checklist id nobody declared",
    "unknown-check": "a reference to a check nobody declared",
    "bad-filter": "a listing filter with an empty or malformed value",
    "misplaced": "a directive where it makes no sense (e.g. a check outside a checklist)",
    "empty": "a directive that needs content and has none",
    "unexpected-content": "content given to a directive that takes none (it is ignored)",
    "unknown-option": "an option the directive does not have (it is ignored)",
    "unknown-markup": "an imported-text :markup: other than text, markdown, rst or html",
}


def warn(message: str, subtype: str, location: Any) -> None:
    """Log a shownotes warning at ``location`` (a node, ``(docname, line)`` or ``"file:line"``)."""
    logger.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)
