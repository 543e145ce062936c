"""Text from a source made safe to store: line breaks, control characters, slugs."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

#: Everything that some parser on the way reads as a line break becomes "\n".
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: Control characters (but tab and line feed) and lone surrogates carry no visible text.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
SURROGATES = re.compile("[\ud800-\udfff]")
SPACES = re.compile("[ \t\n]+")
NON_SLUG = re.compile("[^a-z0-9]+")
LETTERS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th"}


def text(value: Any) -> str:
    """A source value as text: line breaks as "\\n", no control characters ("" for None)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    value = LINE_BREAKS.sub("\n", value)
    value = INVISIBLE.sub("", value)
    return SURROGATES.sub("\ufffd", value)


def one_line(value: Any) -> str:
    """:func:`text` on one line: runs of spaces, tabs and line breaks become one space."""
    return SPACES.sub(" ", text(value)).strip()


def multiline(value: Any) -> str:
    """:func:`text` without trailing spaces on its lines nor blank lines around it."""
    lines = [line.rstrip() for line in text(value).split("\n")]
    return "\n".join(lines).strip("\n")


def slug(value: str, limit: int = 60) -> str:
    """A slug ``[a-z0-9][a-z0-9-]*`` of ``value`` (ASCII letters kept, accents dropped),
    cut at a hyphen to at most ``limit`` characters; "" if nothing is left."""
    lowered = "".join(LETTERS.get(c, c) for c in value.lower())
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    result = NON_SLUG.sub("-", ascii_text).strip("-")
    if len(result) > limit:
        cut = result[: limit + 1].rfind("-")
        result = result[: cut if cut > limit // 2 else limit].strip("-")
    return result


def name_key(name: str) -> str:
    """The key under which two records of one name are the same person: the name spelt the
    same way, Unicode compatibility forms and runs of spaces aside ("Mo" and "mo" are two)."""
    return "name:" + " ".join(unicodedata.normalize("NFKC", name).split())
