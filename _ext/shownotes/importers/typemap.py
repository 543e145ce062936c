"""The source's talk types mapped onto the site's kinds; a type with no match is a tag."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .records import Talk

#: Words of a source's type, most specific first: the first kind whose word appears wins.
KIND_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("lightning", frozenset({"lightning", "lightningtalk", "lightningtalks", "blitz"})),
    ("keynote", frozenset({"keynote", "keynotes"})),
    ("workshop", frozenset({"workshop", "workshops", "tutorial", "tutorials", "hands-on"})),
    ("panel", frozenset({"panel", "podium", "podiumsdiskussion", "discussion"})),
    ("talk", frozenset({"lecture", "talk", "talks", "presentation", "vortrag", "session"})),
)
WORD = re.compile(r"[\w-]+")


def kind_of(source_type: str) -> tuple[str, str]:
    """``(kind, "")`` for a type that maps onto a kind, else ``("", tag)`` (or two "")."""
    words = {w.casefold() for w in WORD.findall(source_type)}
    for kind, names in KIND_WORDS:
        if words & names:
            return kind, ""
    return "", " ".join(source_type.replace(",", " ").split())


def classify(talk: Talk) -> None:
    """Set the talk's kind from its source type; an unknown type joins its tags."""
    talk.kind, tag = kind_of(talk.source_type)
    talk.tags = tuple(dict.fromkeys(t for t in (*talk.tags, tag) if t))


def site_kinds(start: Path) -> tuple[tuple[str, ...], Path | None]:
    """The ``shownotes_talk_kinds`` of the nearest conf.py above ``start`` (read, not run),
    and that conf.py; the default kinds where it does not set them as a literal list."""
    from ..config import DEFAULT_TALK_KINDS  # the extension's own default (imports Sphinx)

    for folder in (start, *start.parents):
        conf = folder / "conf.py"
        if conf.is_file():
            return _literal_kinds(conf) or tuple(DEFAULT_TALK_KINDS), conf
    return tuple(DEFAULT_TALK_KINDS), None


def _literal_kinds(conf: Path) -> tuple[str, ...] | None:
    try:
        tree = ast.parse(conf.read_text("utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if "shownotes_talk_kinds" in names and node.value is not None:
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    return None
                if isinstance(value, (list, tuple)):
                    return tuple(str(v) for v in value)
    return None
