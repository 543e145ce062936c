"""``schedule.json`` in the frab/c3voc format (valid against the c3voc JSON Schema).

Where the schema requires a field the notes do not give, it holds the schema's "none":
``null`` (subtitle, track, language, abstract), ``""`` (a talk's type when it has no kind, its
room when it has none) or ``"00:00"`` (a duration the notes do not give).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from .common import hours_minutes as duration
from .frab import FrabConference, FrabDay, FrabTalk
from .site import ExportSite

#: The schema the file follows (the ``$id`` of the c3voc schema).
SCHEMA = "https://c3voc.de/schedule/schema.json"
#: The schema's pattern for ``time_zone_name`` (other zones are left out: the times carry
#: their UTC offsets anyway).
ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


def absolute(url: str) -> bool:
    """True for an http(s) URL (the schema's ``uri`` fields)."""
    return url.startswith(("http://", "https://"))


def iso(moment: Any) -> str:
    """An ISO 8601 date-time with its UTC offset, to the second."""
    return str(moment.isoformat(timespec="seconds"))


def person(found: Any) -> dict[str, Any]:
    """A speaker: pretalx's shape (``name``), with frab's ``public_name`` for older apps."""
    out: dict[str, Any] = {"name": found.name, "public_name": found.name, "guid": found.guid}
    if absolute(found.url):
        out["url"] = found.url
    if found.biography:
        out["biography"] = found.biography
    return out


def talk_json(entry: FrabTalk) -> dict[str, Any]:
    """One talk of a day's room."""
    talk = entry.talk
    out: dict[str, Any] = {
        "guid": entry.guid,
        "id": entry.number,
        "date": iso(entry.local),
        "start": entry.local.strftime("%H:%M"),
        "duration": duration(talk.duration),
        "room": talk.room,
        "slug": entry.slug,
        "url": entry.url,
        "title": talk.title,
        "subtitle": None,
        "track": None,
        "type": talk.kind,
        "language": talk.language or None,
        "abstract": entry.abstract or None,
        "description": None,
        "persons": [person(found) for found in entry.persons],
        "links": [{"type": kind, "url": url} for kind, url in entry.links],
    }
    if entry.end is not None:
        out["end"] = iso(entry.end)
    return out


def day_json(day: FrabDay) -> dict[str, Any]:
    """One day: its bounds and its talks by room."""
    return {
        "index": day.number,
        "date": day.date.isoformat(),
        "day_start": iso(day.start),
        "day_end": iso(day.end),
        "rooms": {room: [talk_json(entry) for entry in talks] for room, talks in day.rooms},
    }


def conference_json(site: ExportSite, conf: FrabConference) -> dict[str, Any]:
    """The ``conference`` object."""
    out: dict[str, Any] = {
        "acronym": conf.acronym,
        "title": conf.title,
        "start": conf.start.isoformat(),
        "end": conf.end.isoformat(),
        "daysCount": len(conf.days),
        "timeslot_duration": duration(conf.timeslot),
    }
    if conf.zone and ZONE_NAME.match(conf.zone):
        out["time_zone_name"] = conf.zone
    if absolute(conf.url):
        out["url"] = conf.url
    out["rooms"] = [{"name": room, "guid": site.guid("room", room)} for room in conf.rooms]
    out["days"] = [day_json(day) for day in conf.days]
    return out


def version_of(conference: dict[str, Any]) -> str:
    """The schedule's version: a short hash of its content, new whenever a talk changes."""
    text = json.dumps(conference, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def schedule_json(site: ExportSite, conf: FrabConference, conference: dict[str, Any]) -> bytes:
    """The whole file, around ``conference`` (:func:`conference_json` of ``conf``)."""
    schedule: dict[str, Any] = {"version": version_of(conference)}
    if absolute(site.baseurl):
        schedule["base_url"] = site.baseurl
    schedule["conference"] = conference
    data = {
        "$schema": SCHEMA,
        "generator": {"name": site.generator, "version": site.version},
        "schedule": schedule,
    }
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
