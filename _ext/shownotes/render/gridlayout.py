"""Where each talk of one day goes in the schedule grid: rooms as columns, start times as rows.

Pure layout, no docutils. The rows are the day's time boundaries (every start and every end);
a talk spans the rows from its start to its end (a talk without a duration, one row). Each room
is a column, in the order the schedule first meets it; talks that overlap in one room get a
second column of that room. A talk without a room, on a day whose other talks have rooms, spans
every column (a keynote, a break); where that is taken it gets a column of its own. Talks
without a time are not placed (the grid lists them below it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..rows import TalkRow


class Placed(NamedTuple):
    """A talk in the grid: its first row and column, and how many of each it spans."""

    talk: TalkRow
    row: int
    column: int
    rows: int
    columns: int
    end: int  # minutes after midnight (its start when it has no duration)


class Grid(NamedTuple):
    """One day's grid: row start times (minutes), column rooms ("" for "no room"), talks."""

    times: tuple[int, ...]
    rooms: tuple[str, ...]
    talks: tuple[Placed, ...]

    def at(self, row: int) -> list[Placed]:
        """The talks that start in ``row``, by column."""
        return sorted((p for p in self.talks if p.row == row), key=lambda p: p.column)

    def covered(self, row: int) -> set[int]:
        """The columns of ``row`` a talk covers (one that starts there or above)."""
        return {
            col
            for p in self.talks
            if p.row <= row < p.row + p.rows
            for col in range(p.column, p.column + p.columns)
        }


def minutes(hhmm: str) -> int:
    """ "09:30" -> 570."""
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def clock(total: int) -> str:
    """570 -> "09:30" (times past midnight wrap, as a talk ending at 00:15 reads)."""
    return f"{total // 60 % 24:02d}:{total % 60:02d}"


def _boundaries(talks: Sequence[TalkRow]) -> list[int]:
    """Every start and end of ``talks``; a final end that starts nothing is not a row."""
    starts = {minutes(t.start) for t in talks}
    ends = {minutes(t.start) + t.duration for t in talks if t.duration}
    times = sorted(starts | ends)
    while times and times[-1] not in starts:
        times.pop()
    return times


def _span(talk: TalkRow, times: list[int]) -> tuple[int, int]:
    """The first row of ``talk`` and how many rows it spans."""
    first = times.index(minutes(talk.start))
    if not talk.duration:
        return first, 1
    end = minutes(talk.start) + talk.duration
    last = next((n for n, t in enumerate(times) if t >= end), len(times))
    return first, max(last - first, 1)


class _Lanes:
    """The columns of the grid and which rows of each are taken."""

    def __init__(self, rooms: list[str]) -> None:
        self.rooms = list(rooms)
        self.taken: list[set[int]] = [set() for _ in rooms]
        self.whole: set[int] = set()  # rows of talks that span every column

    def free(self, column: int, rows: range) -> bool:
        return not self.taken[column] & set(rows)

    def take(self, column: int, rows: range) -> None:
        self.taken[column] |= set(rows)

    def place(self, room: str, rows: range) -> int:
        """A column of ``room`` free in ``rows`` (a new one if none is)."""
        for column, name in enumerate(self.rooms):
            if name == room and self.free(column, rows):
                self.take(column, rows)
                return column
        last = max((n for n, name in enumerate(self.rooms) if name == room), default=None)
        column = len(self.rooms) if last is None else last + 1
        self.rooms.insert(column, room)
        self.taken.insert(column, set(self.whole))
        self.take(column, rows)
        return column


def layout(talks: Sequence[TalkRow]) -> Grid:
    """The grid of one day's timed ``talks`` (in schedule order)."""
    timed = [t for t in talks if t.start]
    times = _boundaries(timed)
    rooms = list(dict.fromkeys(t.room for t in timed if t.room)) or [""]
    lanes = _Lanes(rooms)
    spans = [(talk, *_span(talk, times)) for talk in timed]
    placed: list[tuple[TalkRow, int, int, int, int]] = []  # talk, row, rows, column, columns
    for talk, row, rows in spans:
        wanted = range(row, row + rows)
        whole = talk.room == "" and lanes.rooms != [""]
        if whole and all(lanes.free(c, wanted) for c in range(len(lanes.rooms))):
            for column in range(len(lanes.rooms)):
                lanes.take(column, wanted)
            lanes.whole |= set(wanted)
            placed.append((talk, row, rows, -1, 0))  # every column: fixed below
            continue
        before = list(lanes.rooms)
        column = lanes.place(talk.room, wanted)
        if len(lanes.rooms) > len(before):  # a column was inserted: shift those after it
            placed = [(t, r, n, c + (c >= column), w) for t, r, n, c, w in placed]
        placed.append((talk, row, rows, column, 1))
    width = len(lanes.rooms)
    out = []
    for talk, row, rows, column, columns in placed:
        if column == -1:
            column, columns = 0, width
        end = minutes(talk.start) + (talk.duration or 0)
        out.append(Placed(talk, row, column, rows, columns, end))
    return Grid(tuple(times), tuple(lanes.rooms), tuple(out))
