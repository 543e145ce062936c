"""MyST that reads back as exactly the text it was made from.

- :func:`heading`: every ASCII punctuation character is backslash-escaped (CommonMark lets any be)
  and every other character that is not a letter, digit, mark or space is a numeric character
  reference (``&#167;`` for MyST's ``§1`` section references), so no role, link, autolink, HTML,
  math, substitution, attribute, reference or closing ``#`` can start.
- :func:`option`: a directive option MyST's option parser (``myst_parser.parsers.options``, a
  subset of YAML) returns unchanged: plain when it is plainly safe, else double-quoted with every
  quote, backslash, line break and non-printable character escaped.
- :func:`fenced`: a colon fence longer than any run of colons in what it holds, so nothing
  inside can close it.
"""

from __future__ import annotations

import re
import string
import unicodedata

PUNCTUATION = frozenset(string.punctuation)
#: A value MyST reads back as itself without quotes: no leading/trailing space, no "#" after a
#: space, no quote or block indicator first, only letters, digits and harmless punctuation.
PLAIN = re.compile(r"[\w./@+()=~?!&%,;-](?:[\w ./@+()=~?!&%,;:'-]*[\w./@+()=~?!&%,;:'-])?\Z")
COLONS = re.compile(":+")
ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _literal(c: str) -> str:
    if c in PUNCTUATION:
        return "\\" + c
    if c == " " or c.isalnum() or unicodedata.category(c)[0] == "M" or not _referable(ord(c)):
        return c
    return f"&#{ord(c)};"


def _referable(code: int) -> bool:
    """True if markdown-it decodes ``&#code;`` to the character itself (isValidEntityCode)."""
    return not (
        0xD800 <= code <= 0xDFFF
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFF in (0xFFFE, 0xFFFF)
        or code <= 0x1F
        or 0x7F <= code <= 0x9F
    )


def escape_inline(text: str) -> str:
    """``text`` as MyST inline content whose every character is literal."""
    return "".join(_literal(c) for c in text)


def heading(level: int, text: str) -> str:
    """An ATX heading line showing ``text`` (one line, already stripped) literally."""
    return "#" * level + " " + escape_inline(text)


def _escape_char(c: str) -> str:
    if c in ESCAPES:
        return ESCAPES[c]
    if c.isprintable() and c not in "\ufeff\x85\u2028\u2029" and not 0xD800 <= ord(c) <= 0xDFFF:
        return c
    code = ord(c)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def option_value(value: str) -> str:
    """``value`` written so that MyST's option parser returns exactly ``value``."""
    if value == "" or (PLAIN.match(value) and " #" not in value and value.isprintable()):
        return value
    return '"' + "".join(_escape_char(c) for c in value) + '"'


def option(name: str, value: str) -> str:
    """One option line, ``:name: value``."""
    return f":{name}: {option_value(value)}".rstrip()


def fence_length(*texts: str, nested: int = 0) -> int:
    """The colons of a fence that no run of colons in ``texts`` can close, with room for
    ``nested`` fences inside it (each one colon shorter)."""
    longest = max((len(m.group()) for t in texts for m in COLONS.finditer(t)), default=0)
    return max(3, longest + 1) + nested


def fenced(name: str, argument: str, options: list[str], body: str, length: int) -> str:
    """A colon-fenced directive; ``body`` follows a blank line after the options."""
    fence = ":" * length
    head = f"{fence}{{{name}}}" + (f" {argument}" if argument else "")
    lines = [head, *options]
    if body:
        lines += ["", body]
    return "\n".join([*lines, fence])


def imported_text(text: str, markup: str, length: int) -> str:
    """An ``imported-text`` directive holding ``text`` (see ``directives/imported_text.py``)."""
    return fenced("imported-text", "", [option("markup", markup)], text, length)
