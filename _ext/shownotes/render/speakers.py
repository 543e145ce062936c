"""A speaker card's talks, and the speaker gallery (a grid of cards in HTML, a list elsewhere)."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx.locale import get_translation

from ..design import grid, grid_card
from ..directives.speaker import speaker_avatar
from ..nodes import styled
from ..nodeutil import empty, time_text
from ..rows import SpeakerRow, TalkGroup, TalkRow
from . import RenderContext
from .common import bullets, link

_ = get_translation("shownotes")


def talk_details(row: TalkRow) -> str:
    """ "2015-10-27 09:00, keynote" from whichever parts are known."""
    when = " ".join(part for part in (row.date, time_text(row.start, row.utc_offset)) if part)
    return ", ".join(part for part in (when, row.kind) if part)


def talk_item(row: TalkRow, refdoc: str) -> list[nodes.Node]:
    """A talk's link and its details in brackets."""
    item: list[nodes.Node] = [link(row.link, refdoc)]
    details = talk_details(row)
    if details:
        item.append(nodes.inline("", f" ({details})", classes=["shownotes-talk-details"]))
    return item


def talk_list(rows: Sequence[TalkRow], refdoc: str) -> nodes.bullet_list:
    """A list of talks with their details."""
    return bullets([talk_item(row, refdoc) for row in rows], ["shownotes-talk-list"])


def speaker_talks(groups: Sequence[TalkGroup], ctx: RenderContext) -> list[nodes.Node]:
    """A speaker card's list of talks (every format); grouped under each event's name when
    the talks belong to more than one event."""
    if not groups:
        return [empty(_("No talks yet."))]
    if len(groups) == 1:
        return [talk_list(groups[0].talks, ctx.refdoc)]
    out: list[nodes.Node] = []
    for group in groups:
        name = link(group.event, ctx.refdoc) if group.event else nodes.Text(_("Other talks"))
        out.append(nodes.paragraph("", "", name, classes=["shownotes-talk-group"]))
        out.append(talk_list(group.talks, ctx.refdoc))
    return out


def position(row: SpeakerRow) -> str:
    """ "Principal Architect, Rackspace" from whichever parts are known."""
    return ", ".join(part for part in (row.role, row.org) if part)


def speaker_gallery_html(rows: Sequence[SpeakerRow], ctx: RenderContext) -> list[nodes.Node]:
    """A sphinx-design grid with a small card per speaker."""
    if not rows:
        return [empty(_("No speakers match."))]
    gallery = grid("1 2 3 3", "3")
    for row in rows:
        body = grid_card(gallery, ["shownotes-gallery-card"])
        avatar = speaker_avatar(row.link.text, row.photo, resolved=True)
        name = nodes.strong("", "", link(row.link, ctx.refdoc))
        body += styled("shownotes-speaker-name", avatar, nodes.Text(" "), name)
        if position(row):
            body += nodes.paragraph("", position(row), classes=["shownotes-speaker-position"])
        if row.talks:
            body += bullets([[link(t, ctx.refdoc)] for t in row.talks], ["shownotes-talk-list"])
    return [gallery]


def speaker_gallery_list(rows: Sequence[SpeakerRow], ctx: RenderContext) -> list[nodes.Node]:
    """A list of speakers (LaTeX and text): name, position, then their talks."""
    if not rows:
        return [empty(_("No speakers match."))]
    out = nodes.bullet_list(classes=["shownotes-speaker-gallery"])
    for row in rows:
        head = nodes.paragraph("", "", nodes.strong("", "", link(row.link, ctx.refdoc)))
        if position(row):
            head += nodes.Text(", " + position(row))
        item = nodes.list_item("", head)
        if row.talks:
            item += bullets([[link(t, ctx.refdoc)] for t in row.talks], ["shownotes-talk-list"])
        out += item
    return [out]
