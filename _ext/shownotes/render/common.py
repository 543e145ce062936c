"""Pieces the renderers of every format share."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

from ..nodeutil import joined, page_xref, xref
from ..rows import Link, PageLink


def link(target: Link, refdoc: str) -> nodes.Node:
    """A reference to the object ``target`` showing its text."""
    return xref(target.objtype, target.id, target.text, refdoc=refdoc, explicit=True)


def links(targets: Sequence[Link], refdoc: str) -> list[nodes.Node]:
    """References to ``targets``, comma-separated."""
    return joined([link(t, refdoc) for t in targets])


def pages(targets: Sequence[PageLink], refdoc: str) -> list[nodes.Node]:
    """References to whole pages, comma-separated."""
    return joined([page_xref(p.docname, p.title, refdoc) for p in targets])


def bullets(
    items: Sequence[Sequence[nodes.Node]], classes: Sequence[str] = ()
) -> nodes.bullet_list:
    """A bullet list, one paragraph of ``nodes`` per item."""
    out = nodes.bullet_list(classes=list(classes))
    for item in items:
        out += nodes.list_item("", nodes.paragraph("", "", *item))
    return out
