"""The directive of every listing kind: a placeholder filled after reading.

Each listing kind's directive is made from its registry entry (:mod:`shownotes.kinds`) by
:func:`listing_directive`: its options are the listing's filters, each checked by its function.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from docutils import nodes

from ..nodes import make_placeholder
from .base import ShownotesDirective, unchanged

#: A filter's check: the option's text in, the value to filter by out (or BadValue).
Check = Callable[[str], str]


def text(value: str) -> str:
    """A free-text filter (kinds, organisations, rooms, tags match without case)."""
    return value.strip()


class ListingDirective(ShownotesDirective):
    """A generated listing; each option is an optional filter checked by ``filters``."""

    listing: ClassVar[str] = ""
    filters: ClassVar[Mapping[str, Check]] = {}
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


def listing_directive(name: str, filters: Mapping[str, Check], doc: str) -> type[ListingDirective]:
    """The directive class of the listing kind ``name`` with the options ``filters``."""
    class_name = "".join(part.title() for part in name.split("-")) + "Directive"
    attributes = {
        "__doc__": doc,
        "listing": name,
        "filters": dict(filters),
        "option_spec": dict.fromkeys(filters, unchanged),
    }
    return type(class_name, (ListingDirective,), attributes)
