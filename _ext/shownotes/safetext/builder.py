"""Build well-formed docutils nodes from a stream of open/close/text events.

The readers of each markup (``html``, ``markdown``, ``plain``) drive one :class:`NodeBuilder`;
it keeps the tree well formed whatever the input does (a stray closing tag, an unclosed
emphasis, a list item outside a list), so malformed markup degrades to text, never to an error.
"""

from __future__ import annotations

import re

from docutils import nodes

from ..validate import URL_SCHEMES

#: Bare http(s) URLs in text become links (trailing punctuation stays text).
BARE_URL = re.compile(r"\bhttps?://[^\s<>\"'`]+")
TRAILING = ".,;:!?)]}'\"\u00bb\u201d\u2019"

INLINE_NODES: dict[str, type[nodes.TextElement]] = {
    "emphasis": nodes.emphasis,
    "strong": nodes.strong,
    "link": nodes.reference,
    "plain": nodes.inline,
}


def safe_url(url: str) -> bool:
    """True for an http, https or mailto URL without whitespace or control characters."""
    url = url.strip()
    return url.lower().startswith(URL_SCHEMES) and not any(
        c.isspace() or not c.isprintable() for c in url
    )


class NodeBuilder:
    """Paragraphs, lists and inline markup, built from events; see :meth:`finish`."""

    def __init__(self) -> None:
        self.root = nodes.container()
        self.blocks: list[nodes.Element] = [self.root]  # root, then lists and list items
        self.paragraph: nodes.paragraph | None = None
        self.inlines: list[tuple[str, nodes.Element]] = []

    # -- inline ---------------------------------------------------------------------------
    def _target(self) -> nodes.Element:
        if self.paragraph is None:
            if isinstance(self.blocks[-1], (nodes.bullet_list, nodes.enumerated_list)):
                self.open_item()
            self.paragraph = nodes.paragraph()
            self.blocks[-1] += self.paragraph
        return self.inlines[-1][1] if self.inlines else self.paragraph

    def text(self, text: str, linkify: bool = False) -> None:
        """Append ``text``; whitespace alone starts no paragraph. Bare URLs become links."""
        if not text or (self.paragraph is None and text.isspace()):
            return
        if not linkify or self.inside("link"):
            self._target().append(nodes.Text(text))
            return
        position = 0
        for match in BARE_URL.finditer(text):
            url = match.group().rstrip(TRAILING)
            self.text(text[position : match.start()])
            self.open_inline("link", url)
            self.text(url)
            self.close_inline("link")
            position = match.start() + len(url)
        self.text(text[position:])

    def line_break(self) -> None:
        """A line break inside a paragraph (shown as a space by most builders)."""
        if self.paragraph is not None:
            self._target().append(nodes.Text("\n"))

    def inside(self, kind: str) -> bool:
        """True while an inline of ``kind`` is open."""
        return any(open_kind == kind for open_kind, _ in self.inlines)

    def open_inline(self, kind: str, url: str = "") -> None:
        """Open emphasis, strong, a link (``url`` must be safe) or a plain span."""
        if kind == "link" and (self.inside("link") or not safe_url(url)):
            kind = "plain"
        parent = self._target()
        node = INLINE_NODES[kind]()
        if kind == "link":
            node["refuri"] = url.strip()
        parent += node
        self.inlines.append((kind, node))

    def close_inline(self, kind: str) -> None:
        """Close the innermost open inline of ``kind`` (and any opened inside it)."""
        for index in range(len(self.inlines) - 1, -1, -1):
            if self.inlines[index][0] == kind:
                del self.inlines[index:]
                return

    # -- blocks ---------------------------------------------------------------------------
    def end_paragraph(self) -> None:
        """Close the paragraph being written, if any (an empty one is dropped)."""
        if self.paragraph is not None and not self.paragraph.astext().strip():
            self.paragraph.parent.remove(self.paragraph)
        self.paragraph = None
        self.inlines = []

    def open_list(self, ordered: bool) -> None:
        """Start a bullet or numbered list at the current level."""
        self.end_paragraph()
        if isinstance(self.blocks[-1], (nodes.bullet_list, nodes.enumerated_list)):
            self.open_item()
        node: nodes.Element
        if ordered:
            node = nodes.enumerated_list(enumtype="arabic", prefix="", suffix=".")
        else:
            node = nodes.bullet_list(bullet="-")
        self.blocks[-1] += node
        self.blocks.append(node)

    def close_list(self) -> None:
        """End the innermost open list."""
        self.end_paragraph()
        for index in range(len(self.blocks) - 1, 0, -1):
            if isinstance(self.blocks[index], (nodes.bullet_list, nodes.enumerated_list)):
                del self.blocks[index:]
                return

    def open_item(self) -> None:
        """Start a list item (and a bullet list if none is open)."""
        self.end_paragraph()
        if isinstance(self.blocks[-1], nodes.list_item):
            self.blocks.pop()
        if not isinstance(self.blocks[-1], (nodes.bullet_list, nodes.enumerated_list)):
            self.open_list(ordered=False)
        item = nodes.list_item()
        self.blocks[-1] += item
        self.blocks.append(item)

    def close_item(self) -> None:
        """End the innermost open list item."""
        self.end_paragraph()
        for index in range(len(self.blocks) - 1, 0, -1):
            if isinstance(self.blocks[index], nodes.list_item):
                del self.blocks[index:]
                return

    def finish(self) -> list[nodes.Element]:
        """The finished block nodes (empty lists and items removed)."""
        self.end_paragraph()
        for kind in (nodes.list_item, nodes.bullet_list, nodes.enumerated_list):
            for node in list(self.root.findall(kind)):
                if not node.children and node.parent is not None:
                    node.parent.remove(node)
        return [child for child in self.root.children if isinstance(child, nodes.Element)]
