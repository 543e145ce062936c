"""Man and texinfo visitors of the checklist nodes (:mod:`shownotes.checklist_nodes`).

A check shows as in text: "[ ] 2. Title", then its parts. The box and number are plain text.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

#: How far a check's parts are indented under its title in a man page (ens, like docutils').
MAN_INDENT = 4.0


def _box_and_number(node: nodes.Element) -> str:
    """ "[ ] 2. " before the title of a check of a checklist (no box outside a checklist)."""
    parent = node.parent
    number = int(parent.get("number", 0)) if isinstance(parent, nodes.Element) else 0
    return f"[ ] {number}. " if number else ""


def visit_check_man(self: Any, node: nodes.Element) -> None:
    """A check is a paragraph of its own, its parts indented under its title, each a paragraph.

    Docutils' man writer writes a container as nothing and a container's first paragraph without
    a paragraph break, so a check (and each part, a container) would run into the paragraph
    before it: the breaks are written here, and the children walked in between.
    """
    for n, child in enumerate(node.children):
        if n == 1:
            self.indent(MAN_INDENT)
            self.indent(0)
        starts_bare = isinstance(child, nodes.container) and isinstance(
            child.next_node(), nodes.paragraph
        )
        if n == 0 or starts_bare:
            self.ensure_eol()
            self.body.append(".sp\n")
        child.walkabout(self)
    if len(node.children) > 1:
        self.dedent()
        self.dedent()
    raise nodes.SkipNode


def visit_check_title_paragraph(self: Any, node: nodes.Element) -> None:
    """Man and texinfo: the title paragraph starts with the box and the number, as in text."""
    self.visit_paragraph(node)
    self.body.append(_box_and_number(node))


def depart_check_title_paragraph(self: Any, node: nodes.Element) -> None:
    self.depart_paragraph(node)
