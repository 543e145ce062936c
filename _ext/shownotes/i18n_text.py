"""The names and titles a directive's options give are translatable text, like the page's own.

Sphinx's gettext builder (and its translation at reading) keeps only text nodes that say where
they come from: nodes a directive builds have no source, so no talk title or speaker name was
in the catalogues. :func:`shownotes.nodeutil.option_text` marks such text; this transform,
before Sphinx's translation (priority 20), gives each marked node its directive's place.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform


def _place(node: nodes.Element) -> tuple[str | None, int | None]:
    """The source and line of the nearest ancestor that has a line."""
    parent = node.parent
    while parent is not None:
        if getattr(parent, "line", None):
            return parent.source, parent.line
        parent = parent.parent
    return None, None


class SourceOfOptionText(SphinxTransform):
    """Give option text marked translatable the source and line of its directive."""

    default_priority = 19

    def apply(self, **kwargs: Any) -> None:
        for node in self.document.findall(nodes.TextElement):
            if node.get("translatable") is True and not node.source:
                source, line = _place(node)
                node.source = source or self.document["source"]
                node.line = line


def setup_option_text(app: Sphinx) -> None:
    """Register the transform."""
    app.add_transform(SourceOfOptionText)
