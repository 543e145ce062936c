"""What an import tells the user: warnings on stderr, one summary line on stdout."""

from __future__ import annotations

import sys
from pathlib import Path

from .merge import Outcome
from .records import Schedule

#: At most this many lines of one sort of warning; then a count of the rest.
SHOWN = 20


def _lines(prefix: str, lines: list[str], suffix: str) -> None:
    for line in lines[:SHOWN]:
        print(f"shownotes: {prefix}{line}{suffix}", file=sys.stderr)
    if len(lines) > SHOWN:
        print(f"shownotes: ... and {len(lines) - SHOWN} more like it", file=sys.stderr)


def report(
    schedule: Schedule,
    outcome: Outcome,
    changes: dict[str, str | None],
    root: Path,
    site: tuple[tuple[str, ...], Path | None],
    dry_run: bool,
) -> None:
    """Print the warnings, the removed and hand-edited sections, the kinds to allow, the sum."""
    _lines("warning: ", schedule.notes, "")
    _lines("", outcome.removed, " is no longer in the source: its section and notes were kept")
    _lines("", outcome.edited, " was edited by hand: kept as it is, not updated")
    _lines("", outcome.kept_pages, ": no longer imported, kept for the notes on it")
    kinds, conf = site
    used = sorted({t.kind for t in schedule.talks if t.kind})
    missing = [k for k in used if k not in kinds]
    if missing:
        where = str(conf) if conf else "conf.py"
        line = f"shownotes_talk_kinds = {[*kinds, *missing]!r}"
        print(f"shownotes: the site does not allow the kind(s) {', '.join(missing)}; "
              f"add to {where}: {line}", file=sys.stderr)  # fmt: skip
    written = sum(1 for t in changes.values() if t is not None)
    removed = len(changes) - written
    verb = "would change" if dry_run else "changed"
    counts = ", ".join(
        count(n, word)
        for n, word in ((len(schedule.talks), "talk"), (len(schedule.speakers), "speaker"))
    )
    print(
        f"{counts}, {count(len(schedule.events), 'event')}: {verb} {count(written, 'page')}"
        + (f", removed {count(removed, 'page')}" if removed else "")
        + f" in {root}"
    )


def count(n: int, word: str) -> str:
    """ "1 talk", "2 talks"."""
    return f"{n} {word}" + ("" if n == 1 else "s")
