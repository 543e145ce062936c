"""Parsing and checking of option values: ids, id lists, dates, times, durations, URLs.

Every check turns any text into a value or a :class:`BadValue` whose message says why; no
other exception leaves this module (``tests/test_validate.py`` checks it over arbitrary text).
The patterns are ASCII-only: ``re.ASCII`` keeps ``\\d`` from matching other scripts' digits.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
import zoneinfo
from urllib.parse import urlsplit

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
DATE_PATTERN = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)
TIME_PATTERN = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]\Z")
#: A start time with an optional explicit UTC offset: ``09:00``, ``02:30+01:00``, ``18:00-05:00``.
START_PATTERN = re.compile(
    r"(?P<time>([01][0-9]|2[0-3]):[0-5][0-9])(?P<offset>[+-](0[0-9]|1[0-4]):[0-5][0-9])?\Z"
)
DURATION_PATTERN = re.compile(r"\d+\Z", re.ASCII)
YEAR_PATTERN = re.compile(r"\d{4}\Z", re.ASCII)
#: The ``:year:`` filter's value for events without a start date.
UNDATED = "undated"
URL_SCHEMES = ("http://", "https://", "mailto:")

#: The longest duration accepted, in minutes: a week (a multi-day workshop fits; a typo does not).
MAX_DURATION = 7 * 24 * 60


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


def check_year(value: str) -> str:
    """A year (``2019``) or ``undated``, stripped; else raise :class:`BadValue`."""
    value = value.strip()
    if not (YEAR_PATTERN.match(value) or value == UNDATED):
        raise BadValue(f"year {value!r} is not a year (four digits) or {UNDATED!r}")
    return value


def split_list(value: str) -> list[str]:
    """Split a comma-separated option value into its stripped, non-empty items."""
    return [item.strip() for item in value.split(",") if item.strip()]


def check_date(value: str) -> str:
    """Return an ISO ``YYYY-MM-DD`` date that exists, or raise :class:`BadValue`.

    Other ISO 8601 forms (week dates ``2015-W44-2``, ordinal dates ``2015-300``, ``20151027``)
    are refused: listings compare and sort dates as ``YYYY-MM-DD`` text.
    """
    value = value.strip()
    match = DATE_PATTERN.match(value)
    if match is None:
        raise BadValue(f"date {value!r} is not an ISO date YYYY-MM-DD")
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise BadValue(f"date {value!r} has no month {month:02d} (months are 01 to 12)")
    if year < 1:
        raise BadValue(f"date {value!r} has no year 0000 (years start at 0001)")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise BadValue(f"date {value!r} is no such day: {year:04d}-{month:02d} has {days} days")
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
    """Return a whole number of minutes from 1 to :data:`MAX_DURATION`, or raise :class:`BadValue`.

    Only the digits 0-9 count (``²`` and other scripts' digits are refused), and the length is
    checked before ``int()`` so that a number of thousands of digits is a warning too.
    """
    text = value.strip()
    if not DURATION_PATTERN.match(text):
        raise BadValue(f"duration {text!r} is not a positive whole number of minutes")
    digits = text.lstrip("0")
    if len(digits) > len(str(MAX_DURATION)) or int(digits or "0") > MAX_DURATION:
        shown = text if len(text) <= 20 else f"{text[:10]}...({len(text)} digits)"
        raise BadValue(
            f"duration {shown!r} is longer than a week ({MAX_DURATION} minutes); "
            "give the length in minutes"
        )
    minutes = int(digits or "0")
    if minutes <= 0:
        raise BadValue(f"duration {text!r} is not a positive whole number of minutes")
    return minutes


def check_url(value: str) -> str:
    """Return an http, https or mailto URL (with a host or an address), or raise
    :class:`BadValue`."""
    value = value.strip()
    refused = BadValue(f"URL {value!r} is not an http, https or mailto URL; it was dropped")
    if not value.lower().startswith(URL_SCHEMES):
        raise refused
    if any(c.isspace() or unicodedata.category(c) == "Cc" for c in value):
        raise refused
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed IPv6 bracket, "http://[::1"
        raise refused from None
    if not (parts.netloc if parts.scheme.lower() != "mailto" else parts.path):
        raise BadValue(f"URL {value!r} has no host or address; it was dropped")
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
