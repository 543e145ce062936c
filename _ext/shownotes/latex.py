"""LaTeX (PDF) output: page layout of cards, talk headers, listings; fonts for any script.

The HTML markup of speaker cards, talk headers and project boxes is sphinx-design cards and plain
containers with ``shownotes-*`` classes. Sphinx's LaTeX writer turns every container class ``C``
into ``\\begin{sphinxuseclass}{C}``, which opens the environment ``sphinxclassC`` where one is
defined; ``static/shownotes.sty`` defines those environments (framed speaker card, compact talk
header, project box) and the ``\\DUrole`` styles of the inline classes. A document can restyle
them by redefining those environments in its own ``latex_elements["preamble"]``.

What markup cannot express is changed in the LaTeX doctree only (:class:`LaTeXLayout`): the anchors
of cards and boxes (containers get no ``\\label`` from Sphinx), the talk header's field list (a
compact two-column list), the speaker gallery (a list instead of a grid) and the schedule (a
``longtable`` with the given column widths, so it breaks across pages).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.fileutil import copy_asset_file

# The font and index set-up lives in latex_setup; sites import these names from here too.
from .latex_setup import CJK_REGIONS as CJK_REGIONS
from .latex_setup import LUALATEX_FONTPKG as LUALATEX_FONTPKG
from .latex_setup import lualatex_fontpkg as lualatex_fontpkg
from .latex_setup import use_upmendex as use_upmendex
from .nodes import pass_node

#: The LaTeX package this module ships; its file is copied next to the ``.tex`` files.
PACKAGE = "shownotes"
STY = Path(__file__).parent / "static" / f"{PACKAGE}.sty"

#: Height of a speaker's photo in the PDF (the HTML sizes it with CSS).
PHOTO_HEIGHT = "1.6cm"

#: Paragraph classes of a speaker card that get a ``\\DUrole`` style (LaTeX ignores
#: paragraph classes): their text is wrapped in an inline of the same class.
STYLED_PARAGRAPHS = frozenset({"shownotes-speaker-name", "shownotes-speaker-position"})

#: Column widths of the schedule in the PDF: date, time, talk, speakers, kind, room.
SCHEDULE_WIDTHS = (13, 11, 34, 18, 13, 11)


class field_rows(nodes.General, nodes.Element):
    """A talk header's fields in the PDF: a compact list of label and value rows.

    Attribute ``labels``: the labels of its rows (LaTeX sizes the label column to the widest).
    Only :class:`LaTeXLayout` creates it, so only LaTeX doctrees hold it.
    """


class field_row(nodes.General, nodes.Element):
    """One row of :class:`field_rows`: attribute ``label``; the children are the value."""


def _has_class(node: nodes.Node, name: str) -> bool:
    return isinstance(node, nodes.Element) and name in node.get("classes", ())


def _card_body(card: nodes.Element) -> nodes.Element:
    """The sphinx-design card body of ``card`` (the card itself if it has none)."""
    for child in card.children:
        if isinstance(child, nodes.container) and child.get("design_component") == "card-body":
            return child
    return card


class LaTeXLayout(SphinxPostTransform):
    """Make the LaTeX doctree printable: anchors, compact talk fields, list gallery, long table."""

    builders = ("latex",)
    default_priority = 7  # after FillListings (5) fills the listings; before references (10)

    def run(self, **kwargs: Any) -> None:
        tables = [
            t for t in self.document.findall(nodes.table) if _has_class(t, "shownotes-schedule")
        ]
        for table in tables:
            self.schedule(table)
        for grid in list(self.document.findall(nodes.container)):
            if grid.get("design_component") == "grid-container" and self.is_gallery(grid):
                self.gallery(grid)
        for index in list(self.document.findall(nodes.definition_list)):
            if _has_class(index, "shownotes-project-index"):
                self.project_index(index)
        for fields in list(self.document.findall(nodes.field_list)):
            if _has_class(fields, "shownotes-talk-fields"):
                self.talk_fields(fields)
        # ids that a `target` right before their node labels already (docutils moves a target's
        # ids to the next element and leaves the target a refid, which LaTeX writes as a label)
        labelled = {t["refid"] for t in self.document.findall(nodes.target) if t.get("refid")}
        for container in list(self.document.findall(nodes.container)):
            if type(container) is nodes.container:
                self.anchor(container, labelled)
                if _has_class(container, "shownotes-speaker"):
                    self.speaker(container)

    @staticmethod
    def anchor(container: nodes.container, labelled: set[str]) -> None:
        """Give a shownotes container's ids to a target inside it (LaTeX writes a label)."""
        classes: list[str] = container.get("classes", [])
        if not any(c.startswith("shownotes-") for c in classes):
            return
        ids = [i for i in container["ids"] if i not in labelled]
        if ids:
            container.insert(0, nodes.target("", "", ids=ids))
            container["ids"] = [i for i in container["ids"] if i not in ids]

    @staticmethod
    def speaker(card: nodes.container) -> None:
        """Style the card's name line; give a photo a fixed height."""
        for para in list(card.findall(nodes.paragraph)):
            for name in STYLED_PARAGRAPHS.intersection(para.get("classes", ())):
                styled = nodes.inline("", "", *para.children, classes=[name])
                para.children = []
                para += styled
        for image in card.findall(nodes.image):
            if _has_class(image, "shownotes-photo") and not ("width" in image or "height" in image):
                image["height"] = PHOTO_HEIGHT

    @staticmethod
    def is_gallery(grid: nodes.container) -> bool:
        """True if ``grid`` holds speaker-gallery cards."""
        return any(
            _has_class(card, "shownotes-gallery-card") for card in grid.findall(nodes.container)
        )

    @staticmethod
    def gallery(grid: nodes.container) -> None:
        """A list of speakers, each with role, organisation and talks, in place of the grid."""
        items = nodes.bullet_list(classes=["shownotes-speaker-gallery"])
        for card in list(grid.findall(nodes.container)):
            if not _has_class(card, "shownotes-gallery-card"):
                continue
            parts = list(_card_body(card).children)
            item = nodes.list_item()
            head = parts[0] if parts and isinstance(parts[0], nodes.paragraph) else None
            position = parts[1] if head is not None and len(parts) > 1 else None
            if (
                head is not None
                and isinstance(position, nodes.paragraph)
                and _has_class(position, "shownotes-speaker-position")
            ):
                head += nodes.Text(", ")
                head.extend(position.children)
                parts.remove(position)
            item.extend(parts)
            items += item
        items.source, items.line = grid.source, grid.line
        grid.replace_self(items)

    @staticmethod
    def project_index(index: nodes.definition_list) -> None:
        """Put the project index in a container of its class (``shownotes.sty`` tightens it)."""
        box = nodes.container(classes=["shownotes-project-index"])
        box.source, box.line = index.source, index.line
        index.replace_self(box)
        box += index

    @staticmethod
    def talk_fields(fields: nodes.field_list) -> None:
        """The talk header's field list as compact rows (Sphinx's is an indented description)."""
        rows = field_rows(classes=list(fields.get("classes", ())))
        labels: list[str] = []
        for field in fields.findall(nodes.field):
            name = field.next_node(nodes.field_name)
            body = field.next_node(nodes.field_body)
            label = name.astext() if name is not None else ""
            labels.append(label)
            row = field_row(label=label)
            if body is not None:
                for child in list(body.children):
                    child.parent = None
                    row += child
            rows += row
        rows["labels"] = labels
        rows.source, rows.line = fields.source, fields.line
        fields.replace_self(rows)

    @staticmethod
    def schedule(table: nodes.table) -> None:
        """A ``longtable`` (breaks across pages) of ragged-right columns of fixed widths."""
        if "longtable" not in table["classes"]:
            table["classes"].append("longtable")
        columns = len(list(table.findall(nodes.colspec)))
        if columns != len(SCHEDULE_WIDTHS) or table.parent is None:
            return
        total = sum(SCHEDULE_WIDTHS)
        spec = "".join(
            rf">{{\raggedright\arraybackslash}}\X{{{width}}}{{{total}}}"
            for width in SCHEDULE_WIDTHS
        )
        table.parent.insert(table.parent.index(table), addnodes.tabular_col_spec(spec=spec))


# -- visitors ----------------------------------------------------------------------------------


def visit_field_rows_latex(self: Any, node: field_rows) -> None:
    measure = "".join(rf"\shownotesmeasure{{{self.encode(label)}}}" for label in node["labels"])
    self.body.append(f"\n\\begin{{shownotesfields}}{{{measure}}}\n")


def depart_field_rows_latex(self: Any, node: field_rows) -> None:
    self.body.append("\n\\end{shownotesfields}\n")


def visit_field_row_latex(self: Any, node: field_row) -> None:
    label = self.encode(node.get("label", ""))
    self.body.append(f"\n\\item[{{{label}}}]")


def depart_field_row_latex(self: Any, node: field_row) -> None:
    self.body.append("\n")


def visit_field_rows_html(self: Any, node: field_rows) -> None:
    self.body.append(self.starttag(node, "dl"))


def depart_field_rows_html(self: Any, node: field_rows) -> None:
    self.body.append("</dl>\n")


def visit_field_row_html(self: Any, node: field_row) -> None:
    self.body.append(f"<dt>{self.encode(node.get('label', ''))}</dt>\n<dd>")


def depart_field_row_html(self: Any, node: field_row) -> None:
    self.body.append("</dd>\n")


def visit_field_row_text(self: Any, node: field_row) -> None:
    self.new_state(0)
    self.add_text(f"{node.get('label', '')}: ")


def depart_field_row_text(self: Any, node: field_row) -> None:
    self.end_state(wrap=False)


def copy_latex_package(app: Sphinx) -> None:
    """Put ``shownotes.sty`` next to the ``.tex`` files of LaTeX builders."""
    if app.builder.format != "latex":
        return
    outdir = Path(app.builder.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    copy_asset_file(STY, outdir, force=True)


def setup_latex(app: Sphinx) -> None:
    """Register the LaTeX layout transform, its nodes and the ``shownotes`` LaTeX package."""
    app.add_node(
        field_rows,
        html=(visit_field_rows_html, depart_field_rows_html),
        latex=(visit_field_rows_latex, depart_field_rows_latex),
        text=(pass_node, pass_node),
    )
    app.add_node(
        field_row,
        html=(visit_field_row_html, depart_field_row_html),
        latex=(visit_field_row_latex, depart_field_row_latex),
        text=(visit_field_row_text, depart_field_row_text),
    )
    app.add_post_transform(LaTeXLayout)
    app.add_latex_package(PACKAGE)
    app.connect("builder-inited", copy_latex_package)
