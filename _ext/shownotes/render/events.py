"""The event index, and the event line of a talk's header."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx.locale import get_translation

from ..nodes import header_field_of
from ..nodeutil import date_range, empty
from ..rows import EventRow, Link
from . import RenderContext
from .common import link

_ = get_translation("shownotes")


def count_text(talks: int) -> str:
    """ "1 talk", "12 talks"."""
    return str(_("1 talk")) if talks == 1 else _("%d talks") % talks


def cells(row: EventRow, refdoc: str) -> list[list[nodes.Node]]:
    """Name, dates, place and number of talks of one event."""
    return [
        [link(row.link, refdoc)],
        [nodes.Text(date_range(row.start, row.end, row.dates))],
        [nodes.Text(row.place)],
        [nodes.Text(str(row.talks))],
    ]


def event_index_table(rows: Sequence[EventRow], ctx: RenderContext) -> list[nodes.Node]:
    """A table of every event, newest first (html and LaTeX)."""
    if not rows:
        return [empty(_("No events match."))]
    headings = [_("Event"), _("Dates"), _("Place"), _("Talks")]
    tgroup = nodes.tgroup(cols=len(headings))
    tgroup += [nodes.colspec(colwidth=w) for w in (40, 25, 25, 10)]
    tgroup += nodes.thead(
        "", nodes.row("", *(nodes.entry("", nodes.paragraph("", h)) for h in headings))
    )
    body = nodes.tbody()
    for row in rows:
        body += nodes.row(
            "", *(nodes.entry("", nodes.paragraph("", "", *c)) for c in cells(row, ctx.refdoc))
        )
    tgroup += body
    return [nodes.table("", tgroup, classes=["shownotes-event-index"])]


def event_index_text(rows: Sequence[EventRow], ctx: RenderContext) -> list[nodes.Node]:
    """One line per event: name, then dates, place and number of talks."""
    if not rows:
        return [empty(_("No events match."))]
    items = nodes.bullet_list(classes=["shownotes-event-index"])
    for row in rows:
        details = [date_range(row.start, row.end, row.dates), row.place, count_text(row.talks)]
        para = nodes.paragraph("", "", link(row.link, ctx.refdoc))
        para += nodes.Text(" (" + ", ".join(part for part in details if part) + ")")
        items += nodes.list_item("", para)
    return [items]


def talk_event(rows: Sequence[Link], ctx: RenderContext) -> list[nodes.Node]:
    """The "Event" field of a talk's header, or nothing for a talk of no event."""
    return [header_field_of(_("Event"), link(row, ctx.refdoc)) for row in rows]
