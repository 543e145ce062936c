"""The generated blocks of a page: marker lines, checksums, and reading a page back.

A block runs from ``% shownotes-import begin KIND ID sum=CHECKSUM [key=KEYS]`` to the next
``% shownotes-import end``. Its checksum covers the lines between; a block whose lines no longer
match it was edited by hand and is kept as it is. Everything outside the blocks is the author's.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from .errors import SourceError

BEGIN = re.compile(
    r"% shownotes-import begin (?P<kind>page|event|talk|speaker) (?P<id>[a-z0-9][a-z0-9/.-]*)"
    r" sum=(?P<sum>[0-9a-f]{12})(?: key=(?P<keys>\S+))?\Z"
)
END = "% shownotes-import end"
MARK = "% shownotes-import "
PAGE_MARK = "% shownotes-import page"


def checksum(inner: str) -> str:
    """The checksum written in a block's first line."""
    return hashlib.sha256(inner.encode("utf-8")).hexdigest()[:12]


def encode_keys(keys: tuple[str, ...]) -> str:
    """Keys as one marker field (percent-encoded, comma-separated)."""
    return ",".join(quote(k, safe="-._~:/@+") for k in keys)


def render(kind: str, oid: str, inner: str, keys: tuple[str, ...] = ()) -> str:
    """A whole block: begin line, ``inner`` (ending in a line break), end line."""
    key = f" key={encode_keys(keys)}" if keys else ""
    return f"% shownotes-import begin {kind} {oid} sum={checksum(inner)}{key}\n{inner}{END}\n"


@dataclass
class Block:
    """A generated block read back from a page, and the author's text after it."""

    kind: str
    oid: str
    keys: tuple[str, ...]
    text: str  # the whole block, marker lines included
    edited: bool  # its lines no longer match its checksum
    line: int  # 1-based line of its begin marker
    tail: str = ""  # the author's text up to the next block


@dataclass
class Page:
    """A page written by an earlier import, read back."""

    path: str  # relative to DIR, POSIX
    preamble: str = ""  # text before the first block
    header: Block | None = None
    sections: list[Block] = field(default_factory=list)


def is_generated(text: str) -> bool:
    """True for a page an import wrote (its first line is the import's comment)."""
    return text.startswith(PAGE_MARK)


def lines_of(text: str) -> list[str]:
    """``text`` split after each line feed only (so nothing else counts as a line end)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _block(lines: list[str], start: int, source: str) -> tuple[Block, int]:
    match = BEGIN.match(lines[start].rstrip("\r\n"))
    if match is None:
        raise SourceError(
            source, f"line {start + 1}", "a shownotes-import line that is not a block's beginning"
        )
    for end in range(start + 1, len(lines)):
        if lines[end].rstrip("\r\n") == END:
            inner = "".join(lines[start + 1 : end])
            keys = tuple(unquote(k) for k in (match["keys"] or "").split(",") if k)
            text = "".join(lines[start : end + 1])
            edited = checksum(inner) != match["sum"]
            return Block(match["kind"], match["id"], keys, text, edited, start + 1), end + 1
        if lines[end].startswith(MARK):
            break
    raise SourceError(source, f"line {start + 1}", "this generated block has no end line")


def parse(text: str, path: str, source: str) -> Page:
    """Read a generated page back into its blocks and the author's text between them."""
    lines = lines_of(text)
    page = Page(path)
    index = 0
    tail: list[str] = []
    current: Block | None = None
    while index < len(lines):
        line = lines[index]
        if line.startswith(MARK) and not line.startswith(PAGE_MARK):
            if current is None:
                page.preamble = "".join(tail)
            else:
                current.tail = "".join(tail)
            current, index = _block(lines, index, source)
            tail = []
            if current.kind in ("page", "event") and page.header is None and not page.sections:
                page.header = current
            else:
                page.sections.append(current)
            continue
        tail.append(line)
        index += 1
    if current is None:
        page.preamble = "".join(tail)
    else:
        current.tail = "".join(tail)
    return page
