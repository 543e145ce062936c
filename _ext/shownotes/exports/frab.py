"""The frab/c3voc schedule of a group of talks, as plain data: a conference of days, rooms and
talks, which :mod:`.frab_json` and :mod:`.frab_xml` write out.

Only what the notes give is filled in. A talk is placed when its start is known as an instant
(a date, a time, and its event's zone or its own UTC offset); the others are left out (the
format has no place for a talk without a time). Days are the event's dates and the dates of
its talks, each from midnight to midnight on the event's clock. A talk without a room is in
the room ``""``; one without a duration lasts ``00:00``.
"""

from __future__ import annotations

import math
import zoneinfo
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

from ..derived import talks_of
from ..model import Event, Speaker, Talk
from .common import Moment, acronym, minutes, slug
from .plan import Group, conference_event
from .site import ExportSite


class Person(NamedTuple):
    """A speaker of a talk."""

    name: str
    guid: str
    url: str
    biography: str


class FrabTalk(NamedTuple):
    """A talk placed in the schedule."""

    talk: Talk
    number: int  #: frab's integer id
    guid: str
    slug: str
    local: datetime  #: its start, on its event's clock (with the UTC offset)
    end: datetime | None
    url: str
    abstract: str
    persons: tuple[Person, ...]
    links: tuple[tuple[str, str], ...]  #: (frab link type, URL)


class FrabDay(NamedTuple):
    """A day of the conference and its talks, by room (rooms in order of first use)."""

    number: int  #: 1, 2...
    date: date
    start: datetime
    end: datetime
    rooms: tuple[tuple[str, tuple[FrabTalk, ...]], ...]


class FrabConference(NamedTuple):
    """Everything one ``schedule.json`` / ``schedule.xml`` holds."""

    title: str
    acronym: str
    start: date
    end: date
    zone: str  #: the IANA zone its days are counted in ("" for UTC)
    url: str  #: the event's web site, or ""
    days: tuple[FrabDay, ...]
    rooms: tuple[str, ...]  #: named rooms, in order of first use
    timeslot: int  #: minutes: the largest step every start and duration is a multiple of


def persons(site: ExportSite, talk: Talk) -> tuple[Person, ...]:
    """The talk's known speakers."""
    found = []
    for sid in talk.speakers:
        speaker = site.derived.lookup("speaker", sid)
        if isinstance(speaker, Speaker):
            url = site.url_of(speaker)
            bio = site.text(speaker.bio)
            found.append(Person(speaker.display_name, site.guid("speaker", sid), url, bio))
    return tuple(found)


def moment_end(moment: Moment, length: timedelta | None) -> datetime | None:
    """When a talk ends, on its clock: its instant plus its length (not its wall-clock time
    plus its length, which is wrong across a change of the clock)."""
    return (moment.utc + length).astimezone(moment.local.tzinfo) if length else None


def placed(site: ExportSite, talk: Talk, moment: Moment, prefix: str) -> FrabTalk:
    """A talk with a known start, as the schedule places it."""
    length = minutes(talk.duration)
    links = tuple((kind, url) for kind, url in (("slides", talk.slides), ("media", talk.video)))
    return FrabTalk(
        talk,
        site.talk_numbers[talk.id],
        site.guid("talk", talk.id),
        f"{prefix}-{talk.id}".rstrip("-"),
        moment.local,
        moment_end(moment, length),
        site.url_of(talk),
        site.text(talk.summary),
        persons(site, talk),
        tuple(link for link in links if link[1]),
    )


def clock(event: Event | None, talks: list[FrabTalk]) -> tuple[str, tzinfo]:
    """The zone the days are counted in: the event's, else the one all talks share, else UTC."""
    if event is not None and event.timezone:
        return event.timezone, zoneinfo.ZoneInfo(event.timezone)
    zones = {talk.local.tzinfo for talk in talks}
    only = zones.pop() if len(zones) == 1 else None
    if only is None:
        return "", UTC
    return getattr(only, "key", ""), only


def event_dates(event: Event | None) -> Iterator[date]:
    """Every date from the event's start to its end (one date if it gives only one)."""
    if event is None or not (event.start or event.end):
        return
    first = date.fromisoformat(event.start or event.end)
    last = date.fromisoformat(event.end or event.start)
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def days_of(talks: list[FrabTalk], dates: set[date], zone: tzinfo) -> tuple[FrabDay, ...]:
    """The days of ``dates`` with their talks by room (each talk on its own local date)."""
    by_day: dict[date, dict[str, list[FrabTalk]]] = {day: {} for day in sorted(dates)}
    for talk in talks:
        by_day[talk.local.date()].setdefault(talk.talk.room, []).append(talk)
    days = []
    for index, (day, rooms) in enumerate(by_day.items(), 1):
        start = datetime.combine(day, time(), zone)
        end = datetime.combine(day + timedelta(days=1), time(), zone)
        entries = tuple((room, tuple(found)) for room, found in rooms.items())
        days.append(FrabDay(index, day, start, end, entries))
    return tuple(days)


def timeslot(talks: list[FrabTalk]) -> int:
    """The largest number of minutes dividing an hour, every start and every duration."""
    step = 60
    for talk in talks:
        step = math.gcd(step, talk.local.hour * 60 + talk.local.minute, talk.talk.duration or 0)
    return step or 60


def conference(site: ExportSite, group: Group) -> FrabConference | None:
    """The frab schedule of ``group`` (``None`` when no date is known: it would have no day)."""
    event = conference_event(site.derived, group)
    oid = event.id if event is not None else slug(site.title)
    prefix = acronym(oid)
    talks = [
        placed(site, talk, moment, prefix)
        for talk in talks_of(site.derived, list(group.talks))
        if (moment := site.moment(talk)) is not None
    ]
    dates = set(event_dates(event)) | {talk.local.date() for talk in talks}
    # (the days of talks left out too: the same dates as plan.has_dates, so the files exist
    # exactly where a schedule links them)
    dates |= {
        date.fromisoformat(talk.date)
        for talk in talks_of(site.derived, list(group.talks))
        if talk.date
    }
    if not dates:
        return None
    zone_name, zone = clock(event, talks)
    days = days_of(talks, dates, zone)
    rooms = tuple(dict.fromkeys(talk.talk.room for talk in talks if talk.talk.room))
    title = event.display_name if event is not None else site.title
    url = event.url if event is not None else ""
    return FrabConference(
        title, prefix, min(dates), max(dates), zone_name, url, days, rooms,
        timeslot(talks),
    )  # fmt: skip
