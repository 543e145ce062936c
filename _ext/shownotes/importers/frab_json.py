"""frab and pretalx ``schedule.json`` (the c3voc format), and c3voc's flat "schedule2".

Real exports break the c3voc schema in small ways (ids as strings, extra fields, patterns):
those are read as well as they can be and noted; only a schedule with no conference, or a talk
with no title or no stable key, is an error.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from . import clean, times
from .frab_common import (
    Conference,
    add_person,
    event_zone,
    place_talk,
    sort_links,
    talk_key,
    talk_moment,
    talk_texts,
)
from .lenient import Lenient, Path_
from .records import Event, Options, Schedule, Talk
from .typemap import classify

ROOT = ("schedule", "conference")


def looks_like(data: Any) -> bool:
    """True for a frab/c3voc schedule.json (``schedule.conference``)."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("schedule"), dict)
        and isinstance(data["schedule"].get("conference"), dict)
    )


def read(source: Path, data: Any, options: Options, schedule: Schedule) -> None:
    """Add the event, talks and speakers of a parsed schedule.json to ``schedule``."""
    lenient = Lenient(str(source), schedule.notes)
    sched = lenient.mapping(lenient.mapping(data, ()).get("schedule"), ("schedule",))
    raw = lenient.mapping(sched.get("conference"), ROOT)
    if not raw:
        raise lenient.fail("schedule.conference", "missing: not a frab/c3voc schedule.json")
    conf = conference(lenient, raw, sched, options, schedule)
    if isinstance(sched.get("events"), list):  # schedule2: flat events, persons apart
        persons = {
            clean.one_line(p.get("guid")): p
            for _, p in lenient.items(sched.get("persons"), ("schedule", "persons"))
            if isinstance(p, dict)
        }
        days = day_spans(lenient, raw)
        for path, entry in lenient.items(sched["events"], ("schedule", "events")):
            talk_of_schedule2(conf, lenient.mapping(entry, path), path, persons, days)
        return
    for dpath, day in lenient.items(raw.get("days"), (*ROOT, "days")):
        day = lenient.mapping(day, dpath)
        date = times.parse_date(lenient.text(day, "date", dpath))
        for rpath, talks in lenient.items(day.get("rooms"), (*dpath, "rooms")):
            for path, entry in lenient.items(talks, rpath):
                talk_of(conf, lenient.mapping(entry, path), path, date, str(rpath[-1]))


def conference(
    read_: Lenient, raw: dict, sched: dict, options: Options, schedule: Schedule
) -> Conference:
    """The event of the schedule, and what its talks need to know of it."""
    acronym = read_.text(raw, "acronym", ROOT) or clean.slug(read_.text(raw, "title", ROOT))
    name = options.event_name or read_.text(raw, "title", ROOT)
    if not acronym or not name:
        raise read_.fail("schedule.conference", "the conference has no 'acronym' nor 'title'")
    zone = event_zone(read_, read_.text(raw, "time_zone_name", ROOT), options, ROOT)
    event = Event(
        key=f"frab:{acronym}",
        hint=options.event_id or acronym,
        name=name,
        start=times.parse_date(read_.text(raw, "start", ROOT)),
        end=times.parse_date(read_.text(raw, "end", ROOT)),
        timezone=zone,
        url=read_.url(raw.get("url"), (*ROOT, "url")),
        source=read_.source,
    )
    schedule.events.append(event)
    base = read_.url(sched.get("base_url"), ("schedule", "base_url"))
    return Conference(read_, schedule, event, acronym, times.zone(zone), base, options)


def new_talk(conf: Conference, raw: dict, path: Path_, day: str, room: str) -> Talk:
    """The fields every frab flavour shares."""
    read_ = conf.read
    key, hint = talk_key(conf, raw, path)
    talk = Talk(key, hint, conf.event.key, read_.required(raw, "title", path), day=day)
    talk.room = room
    talk.source_type = read_.text(raw, "type", path)
    talk.language = read_.text(raw, "language", path)
    talk.url = read_.url(raw.get("url"), (*path, "url"), conf.base_url)
    return talk


def talk_of(conf: Conference, raw: dict, path: Path_, day: str, room: str) -> None:
    """One talk of a classic schedule.json (days, rooms, talks)."""
    read_ = conf.read
    talk = new_talk(conf, raw, path, day, read_.text(raw, "room", path) or room)
    talk.track = read_.text(raw, "track", path)
    talk.tags = (talk.track,)
    classify(talk)
    talk.duration = times.minutes(raw.get("duration"))
    place_talk(talk, talk_moment(conf, raw, day, path), conf.tz)
    persons = read_.items(raw.get("persons"), (*path, "persons"))
    keys = [add_person(conf, p if isinstance(p, dict) else {"name": p}, pp) for pp, p in persons]
    talk.speakers = tuple(dict.fromkeys(k for k in keys if k))
    entries = read_.items(raw.get("links"), (*path, "links"))
    entries += read_.items(raw.get("attachments"), (*path, "attachments"))
    talk_texts(read_, raw, path, talk, sort_links(conf, talk, entries))
    conf.schedule.talks.append(talk)


def day_spans(read_: Lenient, raw: dict) -> list[tuple[datetime, datetime, str]]:
    """schedule2's days: (start, end, date) of each, to put a talk on its conference day."""
    spans = []
    for path, day in read_.items(raw.get("days"), (*ROOT, "days")):
        day = read_.mapping(day, path)
        start = times.parse_datetime(read_.text(day, "start", path) or "-")
        end = times.parse_datetime(read_.text(day, "end", path) or "-")
        date = times.parse_date(read_.text(day, "date", path))
        if start and end and date and start.tzinfo and end.tzinfo:
            spans.append((start, end, date))
    return spans


def talk_of_schedule2(conf: Conference, raw: dict, path: Path_, persons: dict, days: list) -> None:
    """One talk of a c3voc "schedule2" (flat events with ISO start and end)."""
    read_ = conf.read
    room = raw.get("room")
    room_name = read_.text(room, "name", path) if isinstance(room, dict) else clean.one_line(room)
    start = times.parse_datetime(read_.text(raw, "start", path) or "-")
    end = times.parse_datetime(read_.text(raw, "end", path) or "-")
    day = next((d for s, e, d in days if start and start.tzinfo and s <= start < e), "")
    talk = new_talk(conf, raw, path, day or (start.date().isoformat() if start else ""), room_name)
    track = raw.get("track")
    if isinstance(track, dict):
        talk.track = read_.text(track, "name", path) or read_.text(track, "slug", path)
    else:
        talk.track = clean.one_line(track)
    talk.tags = (talk.track,)
    classify(talk)
    if start and end and end > start:
        talk.duration = int((end - start).total_seconds() // 60) or None
    place_talk(talk, start, conf.tz)
    keys = []
    for ppath, person in read_.items(raw.get("participants"), (*path, "participants")):
        person = read_.mapping(person, ppath)
        if str(person.get("role") or "SPEAKER").upper() in ("SPEAKER", "MODERATOR"):
            details = persons.get(clean.one_line(person.get("guid")), {})
            keys.append(add_person(conf, {**details, **person}, ppath))
    talk.speakers = tuple(dict.fromkeys(k for k in keys if k))
    entries = read_.items(raw.get("links"), (*path, "links"))
    entries += read_.items(raw.get("attachments"), (*path, "attachments"))
    talk_texts(read_, raw, path, talk, sort_links(conf, talk, entries))
    conf.schedule.talks.append(talk)
