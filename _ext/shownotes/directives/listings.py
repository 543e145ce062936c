"""``speaker-gallery``, ``schedule`` and ``project-index``: placeholders filled after reading."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from docutils import nodes

from ..nodes import make_placeholder
from ..validate import check_date, check_id
from .base import ShownotesDirective, unchanged


def _text(value: str) -> str:
    return value.strip()


class ListingDirective(ShownotesDirective):
    """A generated listing; each option is an optional filter checked by ``filters``."""

    listing: ClassVar[str] = ""
    filters: ClassVar[dict[str, Callable[[str], str]]] = {}
    has_content = True  # content is not used: a warning says so
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        if self.content:
            self.warn("takes no content; the content is ignored", "unexpected-content")
        chosen: dict[str, str] = {}
        for option, check in self.filters.items():
            if option not in self.options:
                continue
            if not str(self.options[option] or "").strip():
                self.warn(f"the :{option}: filter is empty; it is ignored", "bad-filter")
                continue
            value = self.checked(option, check, "bad-filter")
            if value is not None:
                chosen[option] = value
        placeholder = make_placeholder(self.listing, self.env.docname, chosen)
        self.set_source_info(placeholder)
        return [placeholder]


class SpeakerGalleryDirective(ListingDirective):
    """A grid of every speaker (optionally of one organisation) with their talks."""

    listing = "speaker-gallery"
    filters: ClassVar[dict[str, Callable[[str], str]]] = {"org": _text}
    option_spec: ClassVar[dict] = dict.fromkeys(filters, unchanged)


class ScheduleDirective(ListingDirective):
    """A table of talks by date and time, optionally filtered."""

    listing = "schedule"
    filters: ClassVar[dict[str, Callable[[str], str]]] = {
        "date": check_date,
        "kind": _text,
        "room": _text,
        "speaker": check_id,
        "project": check_id,
    }
    option_spec: ClassVar[dict] = dict.fromkeys(filters, unchanged)


class ProjectIndexDirective(ListingDirective):
    """Every project (optionally of one kind) with the talks and pages that mention it."""

    listing = "project-index"
    filters: ClassVar[dict[str, Callable[[str], str]]] = {"kind": _text}
    option_spec: ClassVar[dict] = dict.fromkeys(filters, unchanged)
