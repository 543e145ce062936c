"""Options written where MyST and docutils no longer read them: after a blank line or after
the body. Both read them as text (a paragraph of the summary), silently: these are found in the
directive's own content (not in the directives and code blocks nested in it) to warn about."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: An option line: ``:room: Room B`` (``:no-index:`` without a value too), not indented (an
#: indented one is an option of a reStructuredText directive nested in the content).
OPTION_LINE = re.compile(r"^:([A-Za-z][\w-]*):(?:\s|$)")
#: A fence that opens or closes a nested block (MyST's backticks, tildes or colons).
FENCE = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})")


def closes(fence: str, opened: str, line: str) -> bool:
    """The fence ``fence`` of ``line`` closes the block ``opened`` opened: the same character,
    at least as many, and nothing else on the line."""
    return fence[0] == opened[0] and len(fence) >= len(opened) and not line.strip(f" {fence[0]}")


def top_level_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """The lines of a directive's content outside any fenced block nested in it, numbered."""
    opened: str | None = None  # the fence of the nested block we are in
    for number, line in enumerate(lines):
        fence = FENCE.match(line)
        if opened is None:
            if fence:
                opened = fence.group(1)
                continue
            yield number, line
        elif fence and closes(fence.group(1), opened, line):
            opened = None


def late_options(lines: Iterable[str], known: Iterable[str]) -> list[tuple[int, str]]:
    """``(index in the content, option name)`` of each line of the content that is one of the
    ``known`` options of the directive."""
    names = set(known)
    found = []
    for number, line in top_level_lines(lines):
        match = OPTION_LINE.match(line)
        if match and match.group(1) in names:
            found.append((number, match.group(1)))
    return found
