"""``schedule :layout: grid`` in HTML: one sphinx-design tab per day, each a table with rooms as
columns and start times as rows, a talk spanning its duration; talks without a time are listed
below their day's grid. On a narrow screen the CSS (``shownotes.css``) lays each table out as
the list: one talk after another, each with its time and room.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.locale import get_translation
from sphinx_design.shared import create_component

from ..rows import Schedule, TalkRow
from . import RenderContext
from .common import bullets, link, links
from .days import Day, caption_paragraph, day_heading, day_label, days
from .gridlayout import Grid, Placed, clock, layout

_ = get_translation("shownotes")


def text_entry(text: str, classes: tuple[str, ...] = ()) -> nodes.entry:
    """A table cell holding one paragraph of ``text``."""
    return nodes.entry("", nodes.paragraph("", text), classes=list(classes))


def when(placed: Placed) -> str:
    """ "09:00\u201309:30", or "09:00" for a talk without a duration."""
    start = placed.talk.start
    if not placed.talk.duration:
        return start
    return f"{start}\u2013{clock(placed.end)}"


def talk_cell(placed: Placed, refdoc: str) -> nodes.entry:
    """A talk's cell: its title, speakers, time (and, shown on narrow screens, its room)."""
    talk = placed.talk
    cell = nodes.entry(classes=["shownotes-grid-talk"])
    if talk.kind:
        cell["classes"].append(f"shownotes-grid-kind-{nodes.make_id(talk.kind)}")
    if placed.rows > 1:
        cell["morerows"] = placed.rows - 1
    if placed.columns > 1:
        cell["morecols"] = placed.columns - 1
    cell += nodes.paragraph("", "", nodes.strong("", "", link(talk.link, refdoc)))
    if talk.speakers:
        cell += nodes.paragraph("", "", *links(talk.speakers, refdoc))
    meta = nodes.paragraph("", "", classes=["shownotes-grid-meta"])
    meta += nodes.inline("", when(placed), classes=["shownotes-grid-when"])
    for part, style in ((talk.room, "shownotes-grid-room"), (talk.kind, "shownotes-grid-kind")):
        if part:
            meta += nodes.inline("", f" \u00b7 {part}", classes=[style])
    cell += meta
    return cell


def room_name(room: str, rooms: tuple[str, ...]) -> str:
    """A column's heading: the room, or (for talks without one) "Talks" / "Room not given"."""
    if room:
        return room
    return _("Talks") if rooms == ("",) else _("Room not given")


def grid_table(grid: Grid, ctx: RenderContext) -> nodes.table:
    """The table of one day's grid (its day's heading stands above it)."""
    width = len(grid.rooms)
    tgroup = nodes.tgroup(cols=width + 1)
    tgroup += nodes.colspec(colwidth=10, stub=1)
    tgroup += [nodes.colspec(colwidth=90 // width) for _room in grid.rooms]
    head = nodes.row()
    head += text_entry(_("Time"))
    head += [text_entry(room_name(room, grid.rooms)) for room in grid.rooms]
    tgroup += nodes.thead("", head)
    body = nodes.tbody()
    for number, time in enumerate(grid.times):
        row = nodes.row()
        row += text_entry(clock(time), ("shownotes-grid-time",))
        starting = {p.column: p for p in grid.at(number)}
        covered = grid.covered(number)
        if not covered:  # nothing on in any room: a gap (a break, or a talk not in the notes)
            gap = nodes.entry(classes=["shownotes-grid-gap"], morecols=width - 1)
            row += gap
        else:
            column = 0
            while column < width:
                if column in starting:
                    row += talk_cell(starting[column], ctx.refdoc)
                    column += starting[column].columns
                    continue
                if column not in covered:
                    row += nodes.entry(classes=["shownotes-grid-empty"])
                column += 1
        body += row
    tgroup += body
    # No caption: a captioned table needs an id, which furo's wrapper copies (twice on a page).
    return nodes.table("", tgroup, classes=["shownotes-grid"])


def untimed(talks: list[TalkRow], refdoc: str) -> list[nodes.Node]:
    """The talks of a day without a time, as a list under the grid."""
    if not talks:
        return []
    items = []
    for talk in talks:
        item: list[nodes.Node] = [link(talk.link, refdoc)]
        if talk.speakers:
            item += [nodes.Text(" \u2013 "), *links(talk.speakers, refdoc)]
        details = [part for part in (talk.kind, talk.room) if part]
        if details:
            item.append(nodes.Text(" (" + ", ".join(details) + ")"))
        items.append(item)
    label = _("Time not given")
    return [
        nodes.paragraph("", label, classes=["shownotes-grid-untimed-label"]),
        bullets(items, ["shownotes-grid-untimed"]),
    ]


def day_grid(day: Day, ctx: RenderContext) -> list[nodes.Node]:
    """One day: its heading, its grid (if any talk has a time), then its talks without a time."""
    out: list[nodes.Node] = [day_heading(day.date, ctx.language, ctx.depth)]
    timed = [t for t in day.talks if t.start]
    if timed and day.date:
        out.append(grid_table(layout(timed), ctx))
    rest = [t for t in day.talks if not t.start or not day.date]
    return out + untimed(rest, ctx.refdoc)


def tab_item(day: Day, ctx: RenderContext, selected: bool) -> nodes.container:
    """A sphinx-design tab (``tab-item``) for one day, labelled with its short name."""
    label_text = day_label(day.date, ctx.language)
    label = nodes.rubric(label_text, label_text, classes=["sd-tab-label"])
    content = create_component("tab-content", ["sd-tab-content"], children=day_grid(day, ctx))
    return create_component(
        "tab-item", ["sd-tab-item"], children=[label, content], selected=selected
    )


def schedule_grid(schedule: Schedule, ctx: RenderContext) -> list[nodes.Node]:
    """The caption, then one tab per day (just the day's heading and grid for one day)."""
    out = nodes.container(classes=["shownotes-schedule", "shownotes-schedule-grid"])
    out["ids"] = [ctx.anchor]
    out += caption_paragraph(schedule)
    found = days(schedule.talks)
    if len(found) == 1:
        out += day_grid(found[0], ctx)
        return [out]
    tabs = create_component("tab-set", ["sd-tab-set", "shownotes-schedule-tabs"])
    for number, day in enumerate(found):
        tabs += tab_item(day, ctx, selected=number == 0)
    out += tabs
    return [out]
