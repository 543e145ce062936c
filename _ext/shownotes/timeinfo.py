"""When a talk happens as an instant: its wall-clock time in its event's time zone, to UTC.

A talk's ``:start:`` is a wall-clock time in the time zone of the talk's event. In the hour that
repeats when clocks go back, that time alone is ambiguous: it means its **first** occurrence
(``fold=0``, as in iCalendar), unless the talk gives an explicit UTC offset
(``:start: 02:30+01:00``), which always wins. A time in the hour skipped when clocks go forward
is read with the offset in force before the change. Exports (iCalendar, frab) read these.
"""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta, timezone

from .derived import Derived
from .model import Talk


def offset_zone(utc_offset: str) -> timezone:
    """The fixed zone of an offset ``"+01:00"`` / ``"-05:30"``."""
    sign = -1 if utc_offset.startswith("-") else 1
    hours, minutes = utc_offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def utc_instant(date: str, start: str, utc_offset: str = "", zone: str = "") -> datetime | None:
    """The UTC instant of ``start`` on ``date`` (ISO strings), or ``None`` where it cannot be
    known: no date or time, or neither an offset nor a time zone."""
    if not (date and start):
        return None
    wall = datetime.fromisoformat(f"{date}T{start}")
    if utc_offset:
        return wall.replace(tzinfo=offset_zone(utc_offset)).astimezone(UTC)
    if zone:
        return wall.replace(tzinfo=zoneinfo.ZoneInfo(zone), fold=0).astimezone(UTC)
    return None


def talk_timezone(derived: Derived, talk: Talk) -> str:
    """The time zone of ``talk``'s event ("" if it has none or no event)."""
    event = derived.events.get(derived.talk_event.get(talk.id, ""))
    return event.timezone if event is not None else ""


def talk_start(derived: Derived, talk: Talk) -> datetime | None:
    """When ``talk`` starts, in UTC (``None`` if that cannot be known)."""
    return utc_instant(talk.date, talk.start, talk.utc_offset, talk_timezone(derived, talk))


def talk_end(derived: Derived, talk: Talk) -> datetime | None:
    """When ``talk`` ends, in UTC: its start plus its duration (``None`` without either)."""
    start = talk_start(derived, talk)
    if start is None or not talk.duration:
        return None
    return start + timedelta(minutes=talk.duration)
