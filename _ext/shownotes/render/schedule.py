"""The schedule: a table in HTML, a long table that breaks across pages in LaTeX, a list in text.

A new layout (``:layout: grid``) is one more renderer reading ``ctx.options["layout"]``.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx import addnodes
from sphinx.locale import get_translation

from ..exports.nodes import export_links
from ..nodeutil import empty, time_and_duration
from ..rows import Schedule, TalkRow
from . import RenderContext
from .common import link, links

_ = get_translation("shownotes")

#: Relative column widths: date, time, talk, speakers, kind, room (HTML; LaTeX's below).
HTML_WIDTHS = (12, 10, 36, 22, 10, 10)
LATEX_WIDTHS = (13, 11, 34, 18, 13, 11)


def headings() -> list[str]:
    """The column headings, in the reader's language."""
    return [_("Date"), _("Time"), _("Talk"), _("Speakers"), _("Kind"), _("Room")]


def cells(row: TalkRow, refdoc: str) -> list[list[nodes.Node]]:
    """The cells of one talk's row."""
    return [
        [nodes.Text(row.date)],
        [nodes.Text(time_and_duration(row.start, row.duration, row.utc_offset))],
        [link(row.link, refdoc)],
        links(row.speakers, refdoc),
        [nodes.Text(row.kind)],
        [nodes.Text(row.room)],
    ]


def caption(schedule: Schedule) -> str:
    """ "OpenStack Summit Tokyo 2015, Tokyo, Japan (Asia/Tokyo time)", or ""."""
    if schedule.caption and schedule.timezone:
        return f"{schedule.caption} ({_('%s time') % schedule.timezone})"
    return schedule.caption


def table(schedule: Schedule, ctx: RenderContext, widths: Sequence[int]) -> nodes.table:
    """The schedule as a table, captioned with its event, anchored at ``ctx.anchor``."""
    tgroup = nodes.tgroup(cols=len(widths))
    tgroup += [nodes.colspec(colwidth=w) for w in widths]
    head = nodes.row()
    head += [nodes.entry("", nodes.paragraph("", h)) for h in headings()]
    tgroup += nodes.thead("", head)
    body = nodes.tbody()
    for row in schedule.talks:
        entries = (nodes.entry("", nodes.paragraph("", "", *c)) for c in cells(row, ctx.refdoc))
        body += nodes.row("", *entries)
    tgroup += body
    # A captioned table needs an id (in LaTeX all documents are one: it must be unique there).
    out = nodes.table("", tgroup, classes=["shownotes-schedule"], ids=[ctx.anchor])
    if caption(schedule):
        out.insert(0, nodes.title(caption(schedule), caption(schedule)))
    return out


def schedule_html(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """A table of talks by date and time, captioned with the event's name if there is one."""
    if not schedule.talks:
        return [empty(_("No talks match."))]
    stem, frab = schedule.files
    return [table(schedule, ctx, HTML_WIDTHS), export_links(stem=stem, frab=frab)]


def schedule_latex(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """A ``longtable`` (it breaks across pages) of ragged-right columns of fixed widths."""
    if not schedule.talks:
        return [empty(_("No talks match."))]
    out = table(schedule, ctx, LATEX_WIDTHS)
    out["classes"].append("longtable")
    total = sum(LATEX_WIDTHS)
    spec = "".join(
        rf">{{\raggedright\arraybackslash}}\X{{{width}}}{{{total}}}" for width in LATEX_WIDTHS
    )
    return [addnodes.tabular_col_spec(spec=spec), out]


def schedule_text(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """One line per talk: when, the talk, its speakers, kind and room."""
    if not schedule.talks:
        return [empty(_("No talks match."))]
    out: list[nodes.Node] = []
    if caption(schedule):
        out.append(nodes.paragraph("", "", nodes.strong("", caption(schedule))))
    items = nodes.bullet_list(classes=["shownotes-schedule"])
    for row in schedule.talks:
        time = time_and_duration(row.start, row.duration, row.utc_offset)
        when = " ".join(p for p in (row.date, time) if p)
        para = nodes.paragraph("", f"{when}: " if when else "")
        para += link(row.link, ctx.refdoc)
        if row.speakers:
            para += [nodes.Text(" \u2013 "), *links(row.speakers, ctx.refdoc)]
        details = [part for part in (row.kind, row.room) if part]
        if details:
            para += nodes.Text(" (" + ", ".join(details) + ")")
        items += nodes.list_item("", para)
    out.append(items)
    return out

