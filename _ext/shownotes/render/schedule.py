"""The schedule: talks grouped under a heading per day (weekday and date in the site's
language), as a table per day in HTML, a long table per day in LaTeX, a list in text.

``:layout: grid`` draws, in HTML, one tab per day with rooms as columns
(:mod:`shownotes.render.grid`); LaTeX and text read the grid as this list.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx import addnodes
from sphinx.locale import get_translation

from ..exports.nodes import export_links
from ..nodeutil import empty, time_and_duration
from ..rows import Schedule, TalkRow
from ..validate import BadValue
from . import RenderContext
from .common import link, links
from .days import Day, caption_paragraph, day_heading, days
from .grid import schedule_grid

_ = get_translation("shownotes")

#: Relative column widths: time, talk, speakers, kind, room (HTML; LaTeX's below).
HTML_WIDTHS = (13, 40, 25, 11, 11)
LATEX_WIDTHS = (13, 38, 21, 15, 13)
#: The layouts of ``:layout:`` (the first is the default).
LAYOUTS = ("list", "grid")


def check_layout(value: str) -> str:
    """``:layout:`` is ``list`` or ``grid``."""
    value = value.strip()
    if value not in LAYOUTS:
        raise BadValue(f"layout {value!r} is not one of {', '.join(LAYOUTS)}")
    return value


def headings() -> list[str]:
    """The column headings, in the reader's language."""
    return [_("Time"), _("Talk"), _("Speakers"), _("Kind"), _("Room")]


def cells(row: TalkRow, refdoc: str) -> list[list[nodes.Node]]:
    """The cells of one talk's row (an empty list for an empty cell)."""
    when = time_and_duration(row.start, row.duration, row.utc_offset)
    return [
        [nodes.Text(when)] if when else [],
        [link(row.link, refdoc)],
        links(row.speakers, refdoc),
        [nodes.Text(row.kind)] if row.kind else [],
        [nodes.Text(row.room)] if row.room else [],
    ]


def day_table(day: Day, refdoc: str, widths: Sequence[int]) -> nodes.table:
    """One day's talks as a table: time, talk, speakers, kind, room."""
    tgroup = nodes.tgroup(cols=len(widths))
    tgroup += [nodes.colspec(colwidth=w) for w in widths]
    head = nodes.row()
    head += [nodes.entry("", nodes.paragraph("", h)) for h in headings()]
    tgroup += nodes.thead("", head)
    body = nodes.tbody()
    for row in day.talks:
        entries = [
            nodes.entry("", nodes.paragraph("", "", *c), classes=[] if c else ["shownotes-blank"])
            for c in cells(row, refdoc)
        ]
        body += nodes.row("", *entries)
    tgroup += body
    return nodes.table("", tgroup, classes=["shownotes-schedule-day"])


def listed(schedule: Schedule, ctx: RenderContext, widths: Sequence[int]) -> nodes.container:
    """The caption, then per day a heading and its table, in one box anchored at ``ctx``."""
    out = nodes.container(classes=["shownotes-schedule"], ids=[ctx.anchor])
    out += caption_paragraph(schedule)
    for day in days(schedule.talks):
        out += day_heading(day.date, ctx.language, ctx.depth)
        out += day_table(day, ctx.refdoc, widths)
    return out


def schedule_html(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """The list (a table per day), or with ``:layout: grid`` a tab per day; then the links to
    the exported files (Calendar, JSON, XML)."""
    if not schedule.talks:
        return schedule_list_html(schedule, ctx)
    if ctx.options.get("layout") == "grid":
        out = schedule_grid(schedule, ctx)
    else:
        out = schedule_list_html(schedule, ctx)
    stem, frab = schedule.files
    return [*out, export_links(stem=stem, frab=frab)]


def schedule_list_html(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """The list layout in HTML; epub always (its readers run no tabs, and sphinx-design's tab
    inputs are not valid XHTML)."""
    if not schedule.talks:
        return [empty(_("No talks match."))]
    out = listed(schedule, ctx, HTML_WIDTHS)
    out["classes"].append("shownotes-schedule-list")
    return [out]


def schedule_latex(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """Per day a heading and a ``longtable`` (it breaks across pages) of ragged-right columns
    of fixed widths; the grid layout reads as this list."""
    if not schedule.talks:
        return [empty(_("No talks match."))]
    total = sum(LATEX_WIDTHS)
    spec = "".join(
        rf">{{\raggedright\arraybackslash}}\X{{{width}}}{{{total}}}" for width in LATEX_WIDTHS
    )
    out = listed(schedule, ctx, LATEX_WIDTHS)
    for table in list(out.findall(nodes.table)):
        table["classes"].append("longtable")
        table.parent.insert(table.parent.index(table), addnodes.tabular_col_spec(spec=spec))
    return [out]


def talk_line(row: TalkRow, refdoc: str) -> nodes.paragraph:
    """ "09:00 (15 min): Title \u2013 Speaker (keynote, Main hall)"."""
    when = time_and_duration(row.start, row.duration, row.utc_offset)
    para = nodes.paragraph("", f"{when}: " if when else "")
    para += link(row.link, refdoc)
    if row.speakers:
        para += [nodes.Text(" \u2013 "), *links(row.speakers, refdoc)]
    details = [part for part in (row.kind, row.room) if part]
    if details:
        para += nodes.Text(" (" + ", ".join(details) + ")")
    return para


def schedule_text(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """Per day a heading, then one line per talk: when, the talk, its speakers, kind, room."""
    if not schedule.talks:
        return [empty(_("No talks match."))]
    out: list[nodes.Node] = list(caption_paragraph(schedule))
    for day in days(schedule.talks):
        out.append(day_heading(day.date, ctx.language, ctx.depth))
        items = nodes.bullet_list(classes=["shownotes-schedule"])
        for row in day.talks:
            items += nodes.list_item("", talk_line(row, ctx.refdoc))
        out.append(items)
    return out
