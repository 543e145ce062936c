"""Man pages: the extension's boxes (speaker cards, project and event boxes) are their contents.

Docutils' man writer writes a container as nothing and gives no paragraph break to a paragraph
that is the first child of its parent, so the first line of a card or box (nested containers)
ran into the paragraph before it. A man page has no boxes: each is replaced by what it holds,
so every paragraph in it is a paragraph of the page. (Checks have visitors of their own:
:mod:`shownotes.checklist_man`.)
"""

from __future__ import annotations

from typing import Any, cast

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

from .checklist_nodes import check


def _plain_container(node: nodes.Node) -> bool:
    """A plain container (not one of the checklist's own nodes), outside any check."""
    if type(node) is not nodes.container:
        return False
    parent = node.parent
    while parent is not None:
        if isinstance(parent, check):
            return False
        parent = parent.parent
    return True


def is_box(node: nodes.Node) -> bool:
    """A container the extension draws (a card, a box), outside any check."""
    if not _plain_container(node):
        return False
    return any(
        str(name).startswith("shownotes-") for name in cast("nodes.Element", node)["classes"]
    )


class UnboxForMan(SphinxPostTransform):
    """Replace each box, and every container in it, with its children (man builder only)."""

    default_priority = 7  # after the listings are filled (6): a card's talk list is in it
    builders = ("man",)

    def run(self, **kwargs: Any) -> None:
        unboxed = [node for node in self.document.findall(_plain_container) if _in_box(node)]
        for container in reversed(unboxed):  # (what a box holds before the box)
            assert isinstance(container, nodes.Element) and container.parent is not None
            # (Not replace_self: with one child it would move the box's classes onto it.)
            container.parent.replace(container, list(container.children))


def _in_box(node: nodes.Node) -> bool:
    """``node`` is a box or inside one."""
    while node is not None:
        if is_box(node):
            return True
        node = node.parent
    return False


def setup_man(app: Sphinx) -> None:
    """Register the man-page transform."""
    app.add_post_transform(UnboxForMan)
