"""Custom nodes and their html, latex and text visitors (html covers epub).

Each node subclasses a standard docutils node, so builders without a visitor of their own here
(man, texinfo, xml) fall back to the standard one. Visitors write fixed markup only; every piece
of user text stays a child node, escaped by the translator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

Visitor = Callable[[Any, Any], None]

#: Height of a speaker's photo in the PDF (the HTML sizes it with CSS).
PHOTO_HEIGHT = "1.6cm"


class listing_placeholder(nodes.General, nodes.Element):
    """Where a generated listing goes; filled by :mod:`shownotes.transforms` after reading."""

    @property
    def spec(self) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The listing's kind and options (see :data:`shownotes.rows.ListingSpec`)."""
        return (self["kind"], tuple(tuple(pair) for pair in self["filters"]))


def make_placeholder(kind: str, docname: str, filters: dict[str, str]) -> listing_placeholder:
    """A placeholder for the listing ``kind`` on ``docname`` with sorted ``filters``."""
    return listing_placeholder(
        "", kind=kind, docname=docname, filters=tuple(sorted(filters.items()))
    )


class header_fields(nodes.field_list):
    """The fields of a talk's or an event's header: compact label and value rows."""


class header_field(nodes.field):
    """One field of a header: a ``field_name`` (the label) and a ``field_body``."""

    @property
    def label(self) -> str:
        return self[0].astext() if self.children else ""


def header_field_of(label: str, *body: nodes.Node) -> header_field:
    """A field labelled ``label`` whose value is a paragraph of ``body``."""
    return header_field(
        "", nodes.field_name("", label), nodes.field_body("", nodes.paragraph("", "", *body))
    )


class styled_paragraph(nodes.paragraph):
    """A paragraph in a named style: a class in HTML, ``\\DUrole{<style>}`` in LaTeX."""


def styled(style: str, *children: nodes.Node) -> styled_paragraph:
    """A paragraph of ``children`` in the style ``style`` (``shownotes.sty`` defines it)."""
    return styled_paragraph("", "", *children, classes=[style], style=style)


class speaker_photo(nodes.image):
    """A speaker's photo: sized by CSS in HTML, :data:`PHOTO_HEIGHT` high in the PDF."""


def skip_node(self: Any, node: nodes.Node) -> None:
    """A visitor that writes nothing for ``node`` nor its children."""
    raise nodes.SkipNode


def pass_node(self: Any, node: nodes.Node) -> None:
    """A visitor that writes nothing for ``node`` itself; its children are written."""


def standard(method: str) -> Visitor:
    """A visitor that calls the translator's own ``method`` (``"visit_paragraph"``...)."""

    def visit(self: Any, node: nodes.Node) -> None:
        getattr(self, method)(node)

    visit.__name__ = method
    return visit


def like(name: str) -> tuple[Visitor, Visitor]:
    """The translator's own visit and depart methods of the standard node ``name``."""
    return standard(f"visit_{name}"), standard(f"depart_{name}")


# -- HTML ------------------------------------------------------------------------------------


def visit_header_fields_html(self: Any, node: header_fields) -> None:
    # Compact rows, as docutils draws a simple field list (its check knows no subclasses).
    if "simple" not in node["classes"]:
        node["classes"].append("simple")
    self.visit_field_list(node)


# -- LaTeX -----------------------------------------------------------------------------------


def visit_header_fields_latex(self: Any, node: header_fields) -> None:
    labels = [field.label for field in node.children if isinstance(field, header_field)]
    if not labels:
        raise nodes.SkipNode
    measure = "".join(rf"\shownotesmeasure{{{self.encode(label)}}}" for label in labels)
    self.body.append(f"\n\\begin{{shownotesfields}}{{{measure}}}\n")


def depart_header_fields_latex(self: Any, node: header_fields) -> None:
    self.body.append("\n\\end{shownotesfields}\n")


def _walk_value(self: Any, field: header_field, inline_only: bool) -> None:
    """Write the value of ``field`` (its paragraphs' children only, where ``inline_only``)."""
    for child in field[1].children if len(field) > 1 else ():
        parts = child.children if inline_only and isinstance(child, nodes.paragraph) else [child]
        for part in parts:
            part.walkabout(self)


def visit_header_field_latex(self: Any, node: header_field) -> None:
    self.body.append(f"\n\\item[{{{self.encode(node.label)}}}]")
    _walk_value(self, node, inline_only=False)
    self.body.append("\n")
    raise nodes.SkipNode


def visit_styled_paragraph_latex(self: Any, node: styled_paragraph) -> None:
    self.visit_paragraph(node)
    self.body.append(rf"\DUrole{{{node['style']}}}{{")


def depart_styled_paragraph_latex(self: Any, node: styled_paragraph) -> None:
    self.body.append("}")
    self.depart_paragraph(node)


def visit_speaker_photo_latex(self: Any, node: speaker_photo) -> None:
    if "width" not in node and "height" not in node:
        node["height"] = PHOTO_HEIGHT
    self.visit_image(node)


# -- text ------------------------------------------------------------------------------------


def visit_header_field_text(self: Any, node: header_field) -> None:
    self.new_state(0)
    self.add_text(f"{node.label}: ")
    _walk_value(self, node, inline_only=True)
    self.end_state(wrap=False)
    raise nodes.SkipNode


def setup_nodes(app: Sphinx) -> None:
    """Register the nodes of this module with a visitor pair for every builder."""
    # Placeholders never reach a writer (FillListings replaces them); skip them if they do.
    skip = (skip_node, None)
    app.add_node(listing_placeholder, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.add_node(
        header_fields,
        html=(visit_header_fields_html, standard("depart_field_list")),
        latex=(visit_header_fields_latex, depart_header_fields_latex),
        text=(pass_node, pass_node),
    )
    app.add_node(
        header_field,
        html=like("field"),
        latex=(visit_header_field_latex, None),
        text=(visit_header_field_text, None),
    )
    app.add_node(
        styled_paragraph,
        html=like("paragraph"),
        latex=(visit_styled_paragraph_latex, depart_styled_paragraph_latex),
        text=like("paragraph"),
    )
    app.add_node(
        speaker_photo,
        html=like("image"),
        latex=(visit_speaker_photo_latex, standard("depart_image")),
        text=like("image"),
    )
