"""Custom nodes. Listing placeholders become standard nodes before any writer sees them."""

from __future__ import annotations

from typing import Any

from docutils import nodes


class listing_placeholder(nodes.General, nodes.Element):
    """Where a generated listing goes; filled by :mod:`shownotes.transforms` after reading."""

    @property
    def spec(self) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The listing's kind and filters (see :data:`shownotes.rows.ListingSpec`)."""
        return (self["kind"], tuple(tuple(pair) for pair in self["filters"]))


def make_placeholder(kind: str, docname: str, filters: dict[str, str]) -> listing_placeholder:
    """A placeholder for the listing ``kind`` on ``docname`` with sorted ``filters``."""
    return listing_placeholder(
        "", kind=kind, docname=docname, filters=tuple(sorted(filters.items()))
    )


def skip_node(self: Any, node: nodes.Node) -> None:
    """A visitor that writes nothing for ``node`` nor its children."""
    raise nodes.SkipNode


def pass_node(self: Any, node: nodes.Node) -> None:
    """A visitor that writes nothing for ``node`` itself; its children are written."""
