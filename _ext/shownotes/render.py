"""Listing rows turned into standard docutils nodes (and sphinx-design components)."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx import addnodes
from sphinx.locale import get_translation
from sphinx_design.shared import create_component

from .rows import Link, PageLink, ProjectRow, SpeakerRow, TalkRow

_ = get_translation("shownotes")


def xref(link: Link, refdoc: str) -> addnodes.pending_xref:
    """A reference to ``link``'s object showing its text (resolved by Sphinx afterwards)."""
    return addnodes.pending_xref(
        "",
        nodes.inline(
            link.text, link.text, classes=["xref", "shownotes", f"shownotes-ref-{link.objtype}"]
        ),
        refdomain="shownotes",
        reftype=link.objtype,
        reftarget=link.id,
        refexplicit=True,
        refdoc=refdoc,
    )


def page_xref(page: PageLink, refdoc: str) -> addnodes.pending_xref:
    """A reference to a whole page, showing its title."""
    return addnodes.pending_xref(
        "",
        nodes.inline(page.title, page.title, classes=["xref", "doc"]),
        refdomain="std",
        reftype="doc",
        reftarget="/" + page.docname,
        refexplicit=True,
        refdoc=refdoc,
    )


def joined(items: Sequence[nodes.Node], separator: str = ", ") -> list[nodes.Node]:
    """``items`` with ``separator`` text between them."""
    out: list[nodes.Node] = []
    for n, item in enumerate(items):
        if n:
            out.append(nodes.Text(separator))
        out.append(item)
    return out


def empty(message: str) -> nodes.paragraph:
    """The paragraph an empty listing shows."""
    return nodes.paragraph("", message, classes=["shownotes-empty"])


def talk_details(row: TalkRow) -> str:
    """ "2015-10-27 09:00, keynote" from whichever parts are known."""
    when = " ".join(part for part in (row.date, row.start) if part)
    return ", ".join(part for part in (when, row.kind) if part)


def speaker_talks(rows: Sequence[TalkRow], refdoc: str) -> nodes.Element:
    """A speaker card's list of talks."""
    if not rows:
        return empty(_("No talks yet."))
    items = nodes.bullet_list(classes=["shownotes-talk-list"])
    for row in rows:
        para = nodes.paragraph("", "", xref(row.link, refdoc))
        details = talk_details(row)
        if details:
            para += nodes.inline("", f" ({details})", classes=["shownotes-talk-details"])
        items += nodes.list_item("", para)
    return items


def speaker_gallery(rows: Sequence[SpeakerRow], refdoc: str) -> nodes.Element:
    """A sphinx-design grid with a small card per speaker."""
    if not rows:
        return empty(_("No speakers match."))
    grid = create_component(
        "grid-container", ["sd-container-fluid", "sd-sphinx-override", "sd-mb-4"]
    )
    row_classes = ["sd-row", "sd-row-cols-1", "sd-row-cols-xs-1", "sd-row-cols-sm-2"]
    row_classes += ["sd-row-cols-md-3", "sd-row-cols-lg-3", "sd-g-3", "sd-g-xs-3"]
    row_node = create_component("grid-row", [*row_classes, "sd-g-sm-3", "sd-g-md-3", "sd-g-lg-3"])
    grid += row_node
    for row in rows:
        card = create_component(
            "card",
            ["sd-card", "sd-sphinx-override", "sd-w-100", "sd-shadow-sm", "shownotes-gallery-card"],
        )
        body = create_component("card-body", ["sd-card-body"])
        card += body
        body += nodes.paragraph("", "", nodes.strong("", "", xref(row.link, refdoc)))
        position = ", ".join(part for part in (row.role, row.org) if part)
        if position:
            body += nodes.paragraph("", position, classes=["shownotes-speaker-position"])
        if row.talks:
            talks = nodes.bullet_list(classes=["shownotes-talk-list"])
            for talk in row.talks:
                talks += nodes.list_item("", nodes.paragraph("", "", xref(talk, refdoc)))
            body += talks
        item = create_component("grid-item", ["sd-col", "sd-d-flex-row"])
        item += card
        row_node += item
    return grid


def schedule(rows: Sequence[TalkRow], refdoc: str, caption: str = "") -> nodes.Element:
    """A table of talks by date and time, captioned with the event's name if there is one."""
    if not rows:
        return empty(_("No talks match."))
    headings = [_("Date"), _("Time"), _("Talk"), _("Speakers"), _("Kind"), _("Room")]
    widths = [12, 10, 36, 22, 10, 10]
    tgroup = nodes.tgroup(cols=len(headings))
    tgroup += [nodes.colspec(colwidth=w) for w in widths]
    head = nodes.row()
    head += [nodes.entry("", nodes.paragraph("", h)) for h in headings]
    tgroup += nodes.thead("", head)
    body = nodes.tbody()
    for row in rows:
        time = row.start
        if row.duration:
            time = f"{time} ({row.duration} min)" if time else f"({row.duration} min)"
        cells: list[list[nodes.Node]] = [
            [nodes.Text(row.date)],
            [nodes.Text(time)],
            [xref(row.link, refdoc)],
            joined([xref(s, refdoc) for s in row.speakers]),
            [nodes.Text(row.kind)],
            [nodes.Text(row.room)],
        ]
        body += nodes.row("", *(nodes.entry("", nodes.paragraph("", "", *c)) for c in cells))
    tgroup += body
    table = nodes.table("", tgroup, classes=["shownotes-schedule"])
    if caption:
        table.insert(0, nodes.title(caption, caption))
    return table


def project_index(rows: Sequence[ProjectRow], refdoc: str) -> nodes.Element:
    """A definition list: each project, the talks and the pages that mention it."""
    if not rows:
        return empty(_("No projects match."))
    dl = nodes.definition_list(classes=["shownotes-project-index"])
    for row in rows:
        term = nodes.term("", "", xref(row.link, refdoc))
        if row.kind:
            term += nodes.inline("", f" ({row.kind})", classes=["shownotes-kind"])
        definition = nodes.definition()
        if row.talks:
            definition += nodes.paragraph(
                "", _("Talks: "), *joined([xref(t, refdoc) for t in row.talks])
            )
        if row.pages:
            definition += nodes.paragraph(
                "", _("Pages: "), *joined([page_xref(p, refdoc) for p in row.pages])
            )
        if not definition.children:
            definition += empty(_("Not mentioned yet."))
        dl += nodes.definition_list_item("", term, definition)
    return dl


RENDERERS = {
    "speaker-talks": speaker_talks,
    "speaker-gallery": speaker_gallery,
    "schedule": schedule,
    "project-index": project_index,
}
