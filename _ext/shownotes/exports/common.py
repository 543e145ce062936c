"""What every export shares: stable identifiers, the time stamp, and when a talk happens.

Pure functions of the records (no Sphinx), unit-tested in ``tests/test_exports_pure.py``.
"""

from __future__ import annotations

import re
import uuid
import zoneinfo
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from typing import NamedTuple
from urllib.parse import urlsplit

from ..derived import Derived
from ..model import Talk
from ..timeinfo import offset_zone, talk_start, talk_timezone

#: The export names of ``shownotes_exports`` (its default: all of them).
EXPORTS = ("ics", "json", "xml", "shownotes-json", "jsonld")
#: The builders that write exports (and the pages that link them).
BUILDERS = ("html", "dirhtml", "singlehtml")
#: The time stamp of every export when ``SOURCE_DATE_EPOCH`` is not set: the Unix epoch.
NO_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: A frab id is a positive 31-bit number (derived from the talk's guid).
ID_SPACE = 2**31 - 1


def site_key(baseurl: str, project: str) -> str:
    """What makes this site's identifiers its own: the host of ``html_baseurl`` (the same
    for every version Read the Docs builds), else the project's name as a slug."""
    host = urlsplit(baseurl).hostname if baseurl else None
    return host or slug(project) or "shownotes"


def guid(site: str, kind: str, oid: str) -> str:
    """A UUID that depends only on the site, the kind and the id (never on the build)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"shownotes:{site}:{kind}:{oid}"))


def numeric_ids(site: str, talk_ids: Iterable[str]) -> dict[str, int]:
    """A positive number per talk, from its guid; a collision takes the next free number
    (talks in id order, so the result does not depend on the schedule's order)."""
    taken: set[int] = set()
    found: dict[str, int] = {}
    for tid in sorted(talk_ids):
        number = uuid.UUID(guid(site, "talk", tid)).int % ID_SPACE + 1
        while number in taken:
            number = number % ID_SPACE + 1
        taken.add(number)
        found[tid] = number
    return found


def slug(text: str) -> str:
    """``"OpenStack Summit: notes"`` -> ``"openstack-summit-notes"``."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def acronym(oid: str) -> str:
    """A frab acronym (``[a-z0-9_]``, at least 4 characters) from an id or a name."""
    text = re.sub(r"[^a-z0-9]+", "_", oid.casefold()).strip("_") or "site"
    return text.ljust(4, "_")


def build_stamp(environ: Mapping[str, str]) -> datetime:
    """When the exports say they were made: ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC)
    when it is set and valid, else :data:`NO_EPOCH`, so two builds never differ by it."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return datetime.fromtimestamp(int(value), UTC)
    return NO_EPOCH


class Moment(NamedTuple):
    """When a talk starts: the UTC instant and the same instant on its event's clock."""

    utc: datetime
    local: datetime  # aware: in the event's zone, or the talk's own UTC offset
    zone: str  # the IANA zone of ``local`` ("" for a fixed offset)


def talk_zone(derived: Derived, talk: Talk) -> tzinfo | None:
    """The clock a talk's time is read on: its event's zone, else its own UTC offset."""
    zone = talk_timezone(derived, talk)
    if zone:
        return zoneinfo.ZoneInfo(zone)
    return offset_zone(talk.utc_offset) if talk.utc_offset else None


def talk_moment(derived: Derived, talk: Talk) -> Moment | None:
    """When ``talk`` starts (``None`` without a date, a time, or a zone or offset)."""
    start = talk_start(derived, talk)
    zone = talk_zone(derived, talk)
    if start is None or zone is None:
        return None
    name = talk_timezone(derived, talk)
    return Moment(start, start.astimezone(zone), name)


def floating_start(talk: Talk) -> datetime | None:
    """A talk's wall-clock start where no zone says which instant it is (naive)."""
    if not (talk.date and talk.start):
        return None
    return datetime.fromisoformat(f"{talk.date}T{talk.start}")


def minutes(duration: int | None) -> timedelta | None:
    """A talk's duration, or ``None``."""
    return timedelta(minutes=duration) if duration else None


def hours_minutes(duration: int | None) -> str:
    """ "01:30"; "00:00" for a talk whose duration the notes do not give."""
    total = duration or 0
    return f"{total // 60:02d}:{total % 60:02d}"
