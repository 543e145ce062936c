"""This site's fixes of what axe-core finds in Sphinx's and docutils' own HTML (not the
extension's): every page of the site passes axe-core's checks in light and dark mode.

- A toctree caption is ``<p role="heading">`` without the ``aria-level`` a heading needs.
- docutils puts citations (the bibliography) in ``role="list"`` as ``doc-biblioentry`` items,
  a role ARIA 1.2 deprecates; axe then finds a list without items. They become list items.
- A code block or table wider than the page scrolls, but cannot be reached by keyboard:
  ``a11y/scroll-focus.js`` makes each such region focusable (``tabindex="0"``) while it scrolls.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator

STATIC = Path(__file__).parent / "a11y"


class AccessibleHTML5Translator(HTML5Translator):
    """Sphinx's HTML5 translator, with headings levelled and citations as list items."""

    def visit_title(self, node: nodes.title) -> None:
        super().visit_title(node)
        parent = node.parent
        if isinstance(parent, addnodes.compact_paragraph) and parent.get("toctree"):
            # The caption's start tag comes before its <span class="caption-text">.
            self.body[-2] = self.body[-2].replace(
                'role="heading"', 'role="heading" aria-level="2"', 1
            )

    def visit_citation(self, node: nodes.citation) -> None:
        if not isinstance(node.previous_sibling(), type(node)):
            self.body.append('<div role="list" class="citation-list">\n')
        self.body.append(self.starttag(node, "div", classes=[node.tagname], role="listitem"))


def add_assets(app: Sphinx) -> None:
    if app.builder.format == "html":
        app.config.html_static_path.append(str(STATIC))
        app.add_js_file("scroll-focus.js", loading_method="defer")


def setup(app: Sphinx) -> dict[str, Any]:
    for builder in ("html", "dirhtml", "singlehtml", "epub"):
        app.set_translator(builder, AccessibleHTML5Translator)
    app.connect("builder-inited", add_assets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
