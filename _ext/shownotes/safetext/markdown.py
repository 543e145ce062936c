"""Markdown (CommonMark with inline HTML, as pretalx and frab store it), reduced to the safe
subset. Headings, code, quotes, rules, tables, images and link definitions are not recognised:
their lines show as the text they are."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .builder import NodeBuilder
from .html import SafeHTMLParser

DISABLED = ["heading", "lheading", "code", "fence", "blockquote", "hr", "reference", "table"]
DISABLED_INLINE = ["image", "backticks", "strikethrough", "linkify"]


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """One configured markdown-it parser (creating one costs more than parsing a summary)."""
    md = MarkdownIt("commonmark", {"html": True})
    md.disable(DISABLED + DISABLED_INLINE, ignoreInvalid=True)
    return md


BLOCK_EVENTS = {
    "paragraph_close": lambda b: b.end_paragraph(),
    "bullet_list_open": lambda b: b.open_list(ordered=False),
    "ordered_list_open": lambda b: b.open_list(ordered=True),
    "bullet_list_close": lambda b: b.close_list(),
    "ordered_list_close": lambda b: b.close_list(),
    "list_item_open": lambda b: b.open_item(),
    "list_item_close": lambda b: b.close_item(),
}


def feed_markdown(builder: NodeBuilder, text: str) -> None:
    """Read ``text`` as Markdown into ``builder``."""
    html = SafeHTMLParser(builder)
    for token in parser().parse(text):
        if token.type in BLOCK_EVENTS:
            BLOCK_EVENTS[token.type](builder)
        elif token.type == "inline":
            _inline(builder, html, token.children or [])
        elif token.type == "html_block":
            html.feed(token.content)
            html.flush()
            builder.end_paragraph()
        elif token.content:
            builder.text(token.content)
    html.flush()


def _inline(builder: NodeBuilder, html: SafeHTMLParser, children: list[Token]) -> None:
    links: list[str] = []  # what follows each open link: its unsafe href, its title
    for token in children:
        kind = token.type
        if kind == "text":
            builder.text(token.content, linkify=True)
        elif kind in ("softbreak", "hardbreak"):
            builder.line_break()
        elif kind in ("em_open", "strong_open"):
            builder.open_inline("emphasis" if kind == "em_open" else "strong")
        elif kind in ("em_close", "strong_close"):
            builder.close_inline("emphasis" if kind == "em_close" else "strong")
        elif kind == "link_open":
            href, title = str(token.attrs.get("href", "")), str(token.attrs.get("title", ""))
            builder.open_inline("link", href)
            shown = "" if builder.inside("link") else parser().normalizeLinkText(href)
            links.append(" ".join(f"({part})" for part in (shown, title) if part))
        elif kind == "link_close":
            builder.close_inline("link")
            builder.close_inline("plain")
            after = links.pop() if links else ""
            if after:
                builder.text(" " + after)
        elif kind == "html_inline":
            html.feed(token.content)
        else:
            builder.text(token.markup + token.content + token.markup)
