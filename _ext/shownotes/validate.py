"""Parsing and checking of option values: ids, id lists, dates, times, durations, URLs."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
TIME_PATTERN = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]\Z")
#: A start time with an optional explicit UTC offset: ``09:00``, ``02:30+01:00``, ``18:00-05:00``.
START_PATTERN = re.compile(
    r"(?P<time>([01][0-9]|2[0-3]):[0-5][0-9])(?P<offset>[+-](0[0-9]|1[0-4]):[0-5][0-9])?\Z"
)
URL_SCHEMES = ("http://", "https://", "mailto:")


class BadValue(ValueError):
    """A value that fails its check; the message says why, for the user."""


def check_id(value: str, what: str = "id") -> str:
    """Return ``value`` stripped if it is a slug, else raise :class:`BadValue`."""
    value = value.strip()
    if not ID_PATTERN.match(value):
        raise BadValue(
            f"{what} {value!r} is not a valid id (lower-case letters, digits and '-', "
            "starting with a letter or digit)"
        )
    return value


def split_list(value: str) -> list[str]:
    """Split a comma-separated option value into its stripped, non-empty items."""
    return [item.strip() for item in value.split(",") if item.strip()]


def check_date(value: str) -> str:
    """Return an ISO ``YYYY-MM-DD`` date, or raise :class:`BadValue`."""
    value = value.strip()
    try:
        if len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise BadValue(f"date {value!r} is not an ISO date YYYY-MM-DD") from None
    return value


def check_time(value: str) -> str:
    """Return a 24-hour ``HH:MM`` time, or raise :class:`BadValue`."""
    value = value.strip()
    if not TIME_PATTERN.match(value):
        raise BadValue(f"time {value!r} is not a 24-hour time HH:MM")
    return value


def check_start(value: str) -> tuple[str, str]:
    """Return a start time ``HH:MM`` and its explicit UTC offset (``"+01:00"``, or ``""``)."""
    value = value.strip()
    match = START_PATTERN.match(value)
    if not match:
        raise BadValue(
            f"time {value!r} is not a 24-hour time HH:MM (with an optional UTC offset, "
            "as in 02:30+01:00)"
        )
    return match["time"], match["offset"] or ""


def check_duration(value: str) -> int:
    """Return a positive whole number of minutes, or raise :class:`BadValue`."""
    text = value.strip()
    if not text.isdigit() or int(text) <= 0:
        raise BadValue(f"duration {text!r} is not a positive whole number of minutes")
    return int(text)


def check_url(value: str) -> str:
    """Return an http, https or mailto URL, or raise :class:`BadValue`."""
    value = value.strip()
    if not value.lower().startswith(URL_SCHEMES) or any(c.isspace() for c in value):
        raise BadValue(f"URL {value!r} is not an http, https or mailto URL; it was dropped")
    return value


def check_timezone(value: str) -> str:
    """Return an IANA time zone name that zoneinfo knows (``Asia/Tokyo``), or raise."""
    value = value.strip()
    try:
        zoneinfo.ZoneInfo(value)
    except (ValueError, KeyError, OSError):
        raise BadValue(
            f"time zone {value!r} is not an IANA time zone name (such as 'Asia/Tokyo' or 'UTC')"
        ) from None
    return value


def check_date_range(start: str, end: str) -> None:
    """Raise :class:`BadValue` if the ISO date ``end`` is before ``start``."""
    if start and end and end < start:
        raise BadValue(f"end {end!r} is before start {start!r}; the end date was dropped")
