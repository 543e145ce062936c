"""Times from a source as wall-clock values in the event's zone, with an offset only where
the wall-clock time alone would be ambiguous or would disagree with the source's instant."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DURATION = re.compile(r"(?:(\d+)d\s*)?(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\Z")


@dataclass(frozen=True)
class WallClock:
    """Where a talk sits on the event's clock."""

    date: str  # YYYY-MM-DD
    start: str  # HH:MM
    offset: str = ""  # "+01:00", or "" where the wall-clock time says it all


def zone(name: str) -> ZoneInfo | None:
    """The IANA zone ``name`` ("" gives ``None``); :class:`ValueError` if there is none."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not an IANA time zone (e.g. Europe/Berlin)") from None


def parse_datetime(value: str) -> datetime | None:
    """An ISO 8601 date-time (with or without an offset), or ``None``."""
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def parse_date(value: str) -> str:
    """The ISO date at the start of ``value`` ("2019-08-21T09:00" too), or ""."""
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return ""


def offset_text(delta: timedelta | None) -> str:
    """``+01:00`` for one hour east of UTC."""
    if delta is None:
        return ""
    minutes = round(delta.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _ambiguous(local: datetime) -> bool:
    """True in the hour that repeats when the clocks go back."""
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def wall_clock(moment: datetime, tz: ZoneInfo | None) -> WallClock:
    """Place ``moment`` on the clock of ``tz`` (a naive ``moment`` is already wall-clock)."""
    own = WallClock(moment.date().isoformat(), moment.strftime("%H:%M"))
    if moment.tzinfo is None:
        return own
    if tz is None:
        return WallClock(own.date, own.start, offset_text(moment.utcoffset()))
    local = moment.astimezone(tz)
    if (local.date().isoformat(), local.strftime("%H:%M")) != (own.date, own.start):
        return WallClock(own.date, own.start, offset_text(moment.utcoffset()))
    if _ambiguous(local):
        return WallClock(own.date, own.start, offset_text(local.utcoffset()))
    return own


def minutes(value: object) -> int | None:
    """A duration ("00:30", "1:30:00", "1d 02:00", or whole minutes) in minutes; ``None`` for
    nothing, zero or what cannot be read."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    match = DURATION.match(str(value).strip())
    if not match:
        return None
    days, hours, mins, _ = (int(part or 0) for part in match.groups())
    total = days * 1440 + hours * 60 + mins
    return total or None
