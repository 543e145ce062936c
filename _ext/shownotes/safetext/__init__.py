"""Untrusted text (a call for papers' HTML, Markdown, reStructuredText or plain text) as nodes.

Only paragraphs, bullet and numbered lists, emphasis, strong emphasis and http(s)/mailto links
become structure; every other construct of the markup shows as its text, and every tag the safe
subset does not know is left out while the text inside it is kept. The result is made of standard
docutils nodes only, so every builder writes it, and nothing in it can be a directive, role, raw
HTML or LaTeX, a heading or a label.
"""

from __future__ import annotations

from docutils import nodes

from .builder import NodeBuilder
from .html import feed_html
from .markdown import feed_markdown
from .plain import feed_plain, feed_rst

#: The markups an ``imported-text`` body may be read as.
MARKUPS = ("text", "markdown", "rst", "html")


def to_nodes(text: str, markup: str = "text") -> list[nodes.Element]:
    """Paragraphs and lists of ``text`` read as ``markup`` (one of :data:`MARKUPS`)."""
    builder = NodeBuilder()
    feeders = {"text": feed_plain, "markdown": feed_markdown, "rst": feed_rst, "html": feed_html}
    feeders[markup](builder, text)
    return builder.finish()
