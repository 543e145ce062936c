"""iCalendar (RFC 5545) files: ``schedule.ics`` (and one per event when there are several) and
``_calendar/<talk-id>.ics``, one per timed talk ("Add to calendar"), made with ``icalendar``.

A timed talk (a date and a start) is one VEVENT. Its times are written on its event's clock
(``TZID`` with the zone's VTIMEZONE) where that names the right instant, in UTC where it does
not (the second 02:30 of a night when clocks go back, whose local time alone means the first)
or where the talk has only a UTC offset, and as floating times (no zone: the same clock time
everywhere) where neither its event nor the talk says which zone the time is in.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import cache

import icalendar
from sphinx.locale import get_translation

from ..derived import talks_of
from ..model import Talk
from .common import floating_start, minutes
from .plan import Group, conference_event
from .site import ExportSite

_ = get_translation("shownotes")

#: Where the per-talk files go, under the output folder.
TALK_FOLDER = "_calendar"
#: How often a subscribed calendar asks for a new copy (RFC 7986; Apple's and Google's own).
REFRESH = timedelta(days=1)


def talk_file(talk_id: str) -> str:
    """The path of a talk's own calendar file, relative to the output folder."""
    return f"{TALK_FOLDER}/{talk_id}.ics"


def timed(talk: Talk) -> bool:
    """True for a talk with a date and a start (the calendar holds only these)."""
    return bool(talk.date and talk.start)


def on_clock(instant: datetime, zone: str) -> datetime:
    """``instant`` on the clock of ``zone`` where that local time names it (a TZID time);
    in UTC where it does not (the second pass through the hour when clocks go back)."""
    local = instant.astimezone(zoneinfo.ZoneInfo(zone))
    first = local.replace(fold=0).astimezone(UTC)  # what a TZID time means (RFC 5545)
    return local.replace(fold=0) if first == instant else instant


def start_and_end(site: ExportSite, talk: Talk) -> tuple[datetime, datetime | None]:
    """DTSTART and DTEND: on the event's clock, in UTC, or floating (see the module)."""
    moment = site.moment(talk)
    length = minutes(talk.duration)
    if moment is None:
        start = floating_start(talk)
        assert start is not None
        return start, (start + length if length else None)
    end = moment.utc + length if length else None
    if not moment.zone:
        return moment.utc, end
    return on_clock(moment.utc, moment.zone), (on_clock(end, moment.zone) if end else None)


def location(site: ExportSite, talk: Talk) -> str:
    """ "Main hall, Tokyo, Japan": the talk's room and its event's place."""
    event = site.derived.events.get(site.derived.talk_event.get(talk.id, ""))
    place = event.place if event is not None else ""
    return ", ".join(part for part in (talk.room, place) if part)


def description(site: ExportSite, talk: Talk, url: str) -> str:
    """The speakers, the summary and the talk's page (where it has an absolute URL)."""
    names = [site.name_of("speaker", sid) or sid for sid in talk.speakers]
    parts = [_("Speakers: %s") % ", ".join(names)] if names else []
    parts += [site.text(talk.summary), url if url.startswith(("http://", "https://")) else ""]
    return "\n\n".join(part for part in parts if part)


def talk_event(site: ExportSite, talk: Talk) -> icalendar.Event:
    """The VEVENT of one timed talk."""
    event = icalendar.Event()
    event.add("uid", site.guid("talk", talk.id))
    event.add("dtstamp", site.stamp)
    start, end = start_and_end(site, talk)
    event.add("dtstart", start)
    if end is not None:
        event.add("dtend", end)
    event.add("summary", talk.title)
    url = site.url_of(talk)
    place, text = location(site, talk), description(site, talk, url)
    if place:
        event.add("location", place)
    if text:
        event.add("description", text)
    if url.startswith(("http://", "https://")):
        event.add("url", url)
    categories = list(dict.fromkeys(part for part in (talk.kind, *talk.tags) if part))
    if categories:
        event.add("categories", categories)
    return event


@cache
def timezone_bytes(zone: str, first: date, last: date) -> bytes:
    """The VTIMEZONE of ``zone`` for the years from ``first`` to ``last``."""
    return icalendar.Timezone.from_tzid(zone, first_date=first, last_date=last).to_ical()


@cache
def head(prodid: str, name: str = "", source: str = "") -> bytes:
    """A VCALENDAR's own lines (from BEGIN to just before END). A calendar to subscribe to
    (``name`` given) says how often to fetch it again, and where from (``source``)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", "P1D")
    if source.startswith(("http://", "https://")):
        calendar.add("source", source, parameters={"VALUE": "URI"})
    text = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert text.endswith(end)
    return text[: -len(end)]


class Calendars:
    """The VEVENT of each timed talk, made once and put in every file that holds it."""

    def __init__(self, site: ExportSite) -> None:
        self.site = site
        self.events: dict[str, bytes] = {}
        self.zones: dict[str, str] = {}  # talk id -> the zone its TZID names
        self.years: dict[str, int] = {}

    def add(self, talk: Talk) -> None:
        """Make the VEVENT of ``talk`` (a timed one) unless it is made already."""
        if talk.id in self.events:
            return
        event = talk_event(self.site, talk)
        self.events[talk.id] = event.to_ical()
        tzid = event["dtstart"].params.get("TZID")
        if tzid:
            self.zones[talk.id] = str(tzid)
        self.years[talk.id] = int(talk.date[:4])

    def file(self, talk_ids: Iterable[str], name: str = "", path: str = "") -> bytes:
        """A calendar of the talks ``talk_ids`` (already added): to subscribe to at ``path``
        where it has a ``name``, else to import once (a talk's own file)."""
        ids = list(talk_ids)
        zones = sorted({self.zones[tid] for tid in ids if tid in self.zones})
        years = [self.years[tid] for tid in ids] or [1970]
        first, last = date(min(years), 1, 1), date(max(years) + 1, 1, 1)
        prodid = f"-//{self.site.generator}//shownotes {self.site.version}//EN"
        source = self.site.file_url(path) if name else ""
        parts = [head(prodid, name, source)]
        parts += [timezone_bytes(zone, first, last) for zone in zones]
        parts += [self.events[tid] for tid in ids]
        return b"".join([*parts, b"END:VCALENDAR\r\n"])


def calendar_files(site: ExportSite, groups: Iterable[Group]) -> dict[str, bytes]:
    """Every calendar file: each group's, then each timed talk's own."""
    calendars = Calendars(site)
    out: dict[str, bytes] = {}
    for group in groups:
        talks = [talk for talk in talks_of(site.derived, list(group.talks)) if timed(talk)]
        for talk in talks:
            calendars.add(talk)
        event = conference_event(site.derived, group)
        name = event.display_name if event is not None else site.title
        path = f"{group.stem}.ics"
        out[path] = calendars.file([talk.id for talk in talks], name, path)
    for talk_id in calendars.events:
        out[talk_file(talk_id)] = calendars.file([talk_id])
    return out
