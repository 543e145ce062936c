"""What frab's JSON and XML (and c3voc's "schedule2") share: a talk's fields into records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from . import clean, times
from .lenient import Lenient, Path_
from .records import Event, Options, Schedule, Speaker, Talk, Text

SLIDES = re.compile(r"slide|folien|deck", re.IGNORECASE)
VIDEO = re.compile(r"video|recording|aufzeichnung|youtube|media\.ccc\.de", re.IGNORECASE)


@dataclass
class Conference:
    """The event being read and what its talks need from it."""

    read: Lenient
    schedule: Schedule
    event: Event
    acronym: str
    tz: ZoneInfo | None
    base_url: str
    options: Options
    speakers: dict[str, Speaker] = field(default_factory=dict)


def event_zone(read: Lenient, name: str, options: Options, path: Path_) -> str:
    """The event's zone: the source's own; ``--timezone`` where it names none (or a bad one)."""
    try:
        times.zone(name)
    except ValueError as err:
        fallback = f"--timezone {options.timezone}" if options.timezone else "no time zone"
        read.note(path, f"{err}; {fallback} is used")
        return options.timezone
    if name and options.timezone and name != options.timezone:
        read.note(path, f"the source's own time zone {name} is kept (--timezone fills in only)")
    return name or options.timezone


def talk_moment(conf: Conference, raw: dict[str, Any], day: str, path: Path_) -> datetime | None:
    """The talk's start: its ``date`` date-time, else its day and its ``start`` time."""
    read = conf.read
    moment = times.parse_datetime(read.text(raw, "date", path))
    if moment is not None:
        return moment
    start = read.text(raw, "start", path)
    try:
        clock = time.fromisoformat(start) if start else None
    except ValueError:
        clock = None
    if clock is None or not day:
        if start or raw.get("date"):
            read.note(path, "the talk's date and start cannot be read; it is left untimed")
        return None
    naive = datetime.combine(datetime.fromisoformat(day), clock)
    return naive.replace(tzinfo=conf.tz) if conf.tz else naive


def place_talk(talk: Talk, moment: datetime | None, tz: ZoneInfo | None) -> None:
    """Set the talk's date, start, offset and order in its day from its start."""
    if moment is None:
        talk.order = ("~", talk.room.casefold(), talk.title.casefold(), talk.key)
        return
    clock = times.wall_clock(moment, tz)
    talk.date, talk.start, talk.utc_offset = clock.date, clock.start, clock.offset
    instant = moment.astimezone(UTC) if moment.tzinfo else moment
    talk.order = (
        f"{instant:%Y-%m-%dT%H:%M}",
        talk.room.casefold(),
        talk.title.casefold(),
        talk.key,
    )


def sort_links(conf: Conference, talk: Talk, entries: list[tuple[Path_, Any]]) -> list[str]:
    """Slides and video links go into the talk; the others come back as "- title: URL"."""
    others = []
    for path, entry in entries:
        entry = entry if isinstance(entry, dict) else {"url": entry}
        raw = clean.one_line(entry.get("url") or entry.get("href") or "")
        url = conf.read.url(raw, path, conf.base_url, "shown as text")
        title = clean.one_line(entry.get("title") or entry.get("type") or "")
        if not url:
            others += [f"- {title}: {raw}" if title else f"- {raw}"] if raw else []
            continue
        if not talk.slides and SLIDES.search(title):
            talk.slides = url
        elif not talk.video and (VIDEO.search(title) or VIDEO.search(url)):
            talk.video = url
        else:
            others.append(f"- {title}: {url}" if title else f"- {url}")
    return others


def talk_texts(
    read: Lenient, raw: dict[str, Any], path: Path_, talk: Talk, others: list[str]
) -> None:
    """The subtitle, the abstract, the description, the other links."""
    talk.subtitle = read.text(raw, "subtitle", path)
    abstract = read.text(raw, "abstract", path, multiline=True)
    described = read.text(raw, "description", path, multiline=True)
    talk.abstract = Text(abstract, "markdown") if abstract else None
    talk.description = Text(described, "markdown") if described else None
    talk.links = Text("\n".join(others), "text") if others else None


def add_person(conf: Conference, raw: dict[str, Any], path: Path_) -> str:
    """The speaker ``raw`` (a frab person) recorded once; return its key ("" if nameless)."""
    read = conf.read
    name = ""
    for key in ("public_name", "full_public_name", "name", "full_name"):
        name = name or read.text(raw, key, path)
    if not name:
        read.note(path, "a person without a name; left out")
        return ""
    code = (
        read.text(raw, "code", path) or read.text(raw, "guid", path) or read.text(raw, "id", path)
    )
    keys = [clean.name_key(name)]
    if code:
        keys.insert(0, f"frab:{conf.acronym}:person:{code}")
    known = conf.speakers.get(keys[0])
    if known is not None:
        return known.key
    speaker = Speaker(keys[0], name, tuple(keys))
    bio = read.text(raw, "biography", path, multiline=True)
    speaker.bio = Text(bio, "markdown") if bio else None
    speaker.links = tuple(
        u for p, e in read.items(raw.get("links"), (*path, "links"))
        if (u := read.url(e.get("url") if isinstance(e, dict) else e, p))
    )  # fmt: skip
    avatar = raw.get("avatar")
    avatar = avatar.get("url") if isinstance(avatar, dict) else avatar
    if conf.options.photos == "link" and avatar:
        speaker.photo = read.url(avatar, (*path, "avatar"), conf.base_url)
    conf.speakers[keys[0]] = speaker
    conf.schedule.speakers.append(speaker)
    return speaker.key


def talk_key(conf: Conference, raw: dict[str, Any], path: Path_) -> tuple[str, str]:
    """The talk's stable key (its guid, else its id) and the hint its id is made from."""
    read = conf.read
    guid, number = read.text(raw, "guid", path), read.text(raw, "id", path)
    code = read.text(raw, "code", path)
    if not (guid or number or code):
        raise read.fail(path, "a talk with neither 'guid' nor 'id': it has no stable key")
    key = f"frab:{conf.acronym}:" + (guid or (f"id:{number}" if number else f"code:{code}"))
    suffix = number or code.lower() or guid[:8]
    return key, f"{conf.event.hint}-{suffix}"
