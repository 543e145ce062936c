"""Plain text and reStructuredText, reduced to the safe subset.

Blocks are separated by blank lines; lines that start with a bullet (``-``, ``*``, ``+``, ``•``)
or a number (``1.``, ``1)``, ``#.``) are list items. In reStructuredText, ``*emphasis*``,
``**strong**`` and ```text <URL>`_`` links are recognised too; everything else (roles,
directives, literals, section underlines) shows as the text it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .builder import NodeBuilder

BULLET = re.compile(r"[ \t]*([-*+•‣◦▪])[ \t]+(?=\S)")
NUMBER = re.compile(r"[ \t]*(\(?\d{1,3}[.)]|#\.)[ \t]+(?=\S)")

# reStructuredText inline markup (start and end rules simplified from the specification).
_START = r"(?:(?<=[\s\-/:'\"(\[{<])|^)"
_END = r"(?=[\s\-.,:;!?'\")\]}>/\\]|$)"
RST_INLINE = re.compile(
    _START + r"(?:"
    r"(?P<literal>``\S(?:.*?\S)?``)"
    r"|`(?P<label>[^`<]*?)\s*<(?P<url>[^<>`\s]+)>`__?"
    r"|\*\*(?P<strong>\S(?:.*?\S)?)\*\*"
    r"|\*(?P<emphasis>[^\s*](?:[^*]*?[^\s*])?)\*"
    r")" + _END,
    re.DOTALL,
)

Inline = Callable[[NodeBuilder, str], None]


def _plain_inline(builder: NodeBuilder, text: str) -> None:
    builder.text(text, linkify=True)


def _rst_inline(builder: NodeBuilder, text: str) -> None:
    position = 0
    for match in RST_INLINE.finditer(text):
        builder.text(text[position : match.start()], linkify=True)
        position = match.end()
        if match.group("literal") is not None:
            builder.text(match.group("literal"))
        elif match.group("url") is not None:
            label = match.group("label") or match.group("url")
            builder.open_inline("link", match.group("url"))
            builder.text(label)
            if not builder.inside("link"):
                builder.text(f" <{match.group('url')}>")
            builder.close_inline("link")
            builder.close_inline("plain")
        else:
            kind = "strong" if match.group("strong") is not None else "emphasis"
            builder.open_inline(kind)
            builder.text(match.group(kind), linkify=True)
            builder.close_inline(kind)
    builder.text(text[position:], linkify=True)


def _marker(line: str) -> tuple[bool, int] | None:
    """``(ordered, width)`` if ``line`` starts a list item, else ``None``."""
    for pattern, ordered in ((BULLET, False), (NUMBER, True)):
        match = pattern.match(line)
        if match:
            return ordered, match.end()
    return None


def _block(builder: NodeBuilder, lines: list[str], inline: Inline) -> None:
    """One block of lines: a paragraph, a list, or a paragraph followed by a list."""
    current: list[str] = []
    ordered: bool | None = None

    def flush() -> None:
        if current:
            inline(builder, "\n".join(current))
        current.clear()

    for line in lines:
        marker = _marker(line)
        if marker is not None:
            flush()
            if ordered is None or ordered != marker[0]:
                if ordered is not None:
                    builder.close_list()
                ordered = marker[0]
                builder.open_list(ordered)
            builder.open_item()
            current.append(line[marker[1] :])
        else:
            current.append(line.strip() if ordered is not None else line)
    flush()
    if ordered is not None:
        builder.close_list()
    builder.end_paragraph()


def _feed(builder: NodeBuilder, text: str, inline: Inline) -> None:
    block: list[str] = []
    for line in text.splitlines():
        if line.strip():
            block.append(line)
        elif block:
            _block(builder, block, inline)
            block = []
    if block:
        _block(builder, block, inline)


def feed_plain(builder: NodeBuilder, text: str) -> None:
    """Read ``text`` as plain text into ``builder``."""
    _feed(builder, text, _plain_inline)


def feed_rst(builder: NodeBuilder, text: str) -> None:
    """Read ``text`` as reStructuredText into ``builder``."""
    _feed(builder, text, _rst_inline)
