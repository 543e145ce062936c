"""Indexes as description lists: the project index and the tag index."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx.locale import get_translation

from ..nodeutil import empty, verbatim
from ..rows import ProjectRow, TagRow
from . import RenderContext
from .common import link, links, pages

_ = get_translation("shownotes")


def project_index(rows: Sequence[ProjectRow], ctx: RenderContext) -> list[nodes.Node]:
    """A definition list: each project, the talks and the pages that mention it."""
    if not rows:
        return [empty(_("No projects match."))]
    dl = nodes.definition_list(classes=["shownotes-project-index"])
    for row in rows:
        term = nodes.term("", "", link(row.link, ctx.refdoc))
        if row.kind:
            term += nodes.inline("", f" ({row.kind})", classes=["shownotes-kind"])
        definition = nodes.definition()
        if row.talks:
            definition += nodes.paragraph("", _("Talks: "), *links(row.talks, ctx.refdoc))
        if row.pages:
            definition += nodes.paragraph("", _("Pages: "), *pages(row.pages, ctx.refdoc))
        if not definition.children:
            definition += empty(_("Not mentioned yet."))
        dl += nodes.definition_list_item("", term, definition)
    return [dl]


def tag_index(rows: Sequence[TagRow], ctx: RenderContext) -> list[nodes.Node]:
    """A definition list: each tag, and its talks."""
    if not rows:
        return [empty(_("No tags yet."))]
    dl = nodes.definition_list(classes=["shownotes-tag-index"])
    for row in rows:
        term = nodes.term("", "", verbatim(row.tag))
        definition = nodes.definition("", nodes.paragraph("", "", *links(row.talks, ctx.refdoc)))
        dl += nodes.definition_list_item("", term, definition)
    return [dl]


def tight(rendered: list[nodes.Node], style: str) -> list[nodes.Node]:
    """LaTeX: ``rendered`` in a container of class ``style`` (``shownotes.sty`` spaces it)."""
    return [nodes.container("", *rendered, classes=[style])]


def project_index_latex(rows: Sequence[ProjectRow], ctx: RenderContext) -> list[nodes.Node]:
    """The project index, its description list tightened for print."""
    return tight(project_index(rows, ctx), "shownotes-project-index")


def tag_index_latex(rows: Sequence[TagRow], ctx: RenderContext) -> list[nodes.Node]:
    """The tag index, its description list tightened for print."""
    return tight(tag_index(rows, ctx), "shownotes-project-index")
