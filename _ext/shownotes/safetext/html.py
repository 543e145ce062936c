"""HTML from a call for papers, reduced to the safe subset: every character of text is kept."""

from __future__ import annotations

from html.parser import HTMLParser

from .builder import NodeBuilder

#: Tags that end a paragraph (the text around them is kept; the tags themselves are not).
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "main", "nav", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr",
    }
)  # fmt: skip
INLINE_TAGS = {
    "em": "emphasis", "i": "emphasis", "cite": "emphasis", "dfn": "emphasis", "var": "emphasis",
    "strong": "strong", "b": "strong",
}  # fmt: skip


class SafeHTMLParser(HTMLParser):
    """Drive a :class:`NodeBuilder` from HTML: paragraphs, lists, emphasis, links, text."""

    def __init__(self, builder: NodeBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        b = self.builder
        if tag in BLOCK_TAGS:
            b.end_paragraph()
        elif tag in ("ul", "ol"):
            b.open_list(ordered=tag == "ol")
        elif tag == "li":
            b.open_item()
        elif tag == "br":
            b.line_break()
        elif tag in INLINE_TAGS:
            b.open_inline(INLINE_TAGS[tag])
        elif tag == "a":
            b.open_inline("link", dict(attrs).get("href") or "")
        elif tag in ("img", "area", "input"):
            b.text(" ".join(v for k, v in attrs if k in ("alt", "title", "value") and v))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "area", "input", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        b = self.builder
        if tag in BLOCK_TAGS:
            b.end_paragraph()
        elif tag in ("ul", "ol"):
            b.close_list()
        elif tag == "li":
            b.close_item()
        elif tag == "br":  # </br> is written for <br> in real exports
            b.line_break()
        elif tag in INLINE_TAGS:
            b.close_inline(INLINE_TAGS[tag])
        elif tag == "a":
            b.close_inline("link")
            b.close_inline("plain")

    def handle_data(self, data: str) -> None:
        self.builder.text(data, linkify=True)

    def handle_comment(self, data: str) -> None:
        self.builder.text(data)

    def handle_decl(self, decl: str) -> None:
        self.builder.text(decl)

    def handle_pi(self, data: str) -> None:
        self.builder.text(data)

    def unknown_decl(self, data: str) -> None:
        self.builder.text(data)

    def flush(self) -> None:
        """Feed what the parser still holds back (an unfinished tag) as text."""
        rest = self.rawdata
        self.rawdata = ""
        super().close()
        if rest:
            self.builder.text(rest)


def feed_html(builder: NodeBuilder, text: str) -> None:
    """Read ``text`` as HTML into ``builder``."""
    parser = SafeHTMLParser(builder)
    parser.feed(text)
    parser.flush()
