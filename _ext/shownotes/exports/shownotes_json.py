"""``shownotes.json``: every object of the site with its fields and URL, following the JSON
Schema shipped with the package (``exports/shownotes.schema.json``, also written next to it).

Missing values are ``null`` (lists are empty); URLs are absolute where ``html_baseurl`` is set,
else relative to the file. Objects come in a stable order: talks in schedule order, checks by
checklist and number, everything else by id.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..derived import talks_of
from ..model import Check, Checklist, Event, Project, Record, Speaker, Talk
from .common import minutes
from .ics import talk_file, timed
from .site import ExportSite

#: The schema, as shipped in the package.
SCHEMA_FILE = Path(__file__).with_name("shownotes.schema.json")
#: Where the writer puts the file and its schema, under the output folder.
DATA_PATH = "shownotes.json"
SCHEMA_PATH = "shownotes.schema.json"


def value(text: str | int | None) -> str | int | None:
    """``None`` for a value the notes do not give."""
    return text if text not in ("", None, 0) else None


def winners(site: ExportSite, kind: str) -> list[Any]:
    """The winning records of ``kind``, by id."""
    found = site.derived.winners.get(kind, {})
    return [found[oid] for oid in sorted(found)]


def instants(site: ExportSite, talk: Talk) -> tuple[str | None, str | None]:
    """When a talk starts and ends, in UTC (``None`` where that is not known)."""
    moment, length = site.moment(talk), minutes(talk.duration)
    start = moment.utc if moment is not None else None
    end = start + length if start is not None and length else None
    return tuple(t.strftime("%Y-%m-%dT%H:%M:%SZ") if t else None for t in (start, end))  # type: ignore[return-value]


def base(site: ExportSite, record: Record) -> dict[str, Any]:
    """Every object's id and URL."""
    return {"id": record.id, "url": value(site.url_of(record))}


def event_json(site: ExportSite, event: Event) -> dict[str, Any]:
    return base(site, event) | {
        "name": event.display_name,
        "website": value(event.url),
        "start": value(event.start),
        "end": value(event.end),
        "dates": value(event.dates),
        "place": value(event.place),
        "timezone": value(event.timezone),
        "description": value(site.text(event.description)),
        "talks": list(site.derived.talks_by_event.get(event.id, [])),
    }


def talk_json(site: ExportSite, talk: Talk) -> dict[str, Any]:
    start, end = instants(site, talk)
    calendar = site.file_url(talk_file(talk.id)) if timed(talk) and site.wants("ics") else ""
    return base(site, talk) | {
        "title": talk.display_name,
        "event": value(site.derived.talk_event.get(talk.id, "")),
        "kind": value(talk.kind),
        "date": value(talk.date),
        "start": value(talk.start),
        "utc_offset": value(talk.utc_offset),
        "duration": value(talk.duration),
        "start_utc": start,
        "end_utc": end,
        "room": value(talk.room),
        "language": value(talk.language),
        "speakers": list(talk.speakers),
        "projects": [site.derived.project_id(p) for p in talk.projects],
        "tags": list(talk.tags),
        "slides": value(talk.slides),
        "video": value(talk.video),
        "summary": value(site.text(talk.summary)),
        "calendar": value(calendar),
    }


def speaker_json(site: ExportSite, speaker: Speaker) -> dict[str, Any]:
    return base(site, speaker) | {
        "name": speaker.display_name,
        "role": value(speaker.role),
        "org": value(speaker.org),
        "affiliation": value(speaker.affiliation),
        "website": value(speaker.url),
        "links": list(speaker.links),
        "photo": value(site.photo_url(speaker.docname, speaker.photo) if speaker.photo else ""),
        "bio": value(site.text(speaker.bio)),
        "talks": list(site.derived.talks_by_speaker.get(speaker.id, [])),
    }


def project_json(site: ExportSite, project: Project) -> dict[str, Any]:
    key = ("project", project.id)
    pages = site.derived.pages_mentioning.get(key, [])
    return base(site, project) | {
        "name": project.display_name,
        "kind": value(project.kind),
        "website": value(project.url),
        "aliases": list(project.aliases),
        "description": value(site.text(project.description)),
        "talks": list(site.derived.talks_mentioning.get(key, [])),
        "pages": [site.absolute(site.page_url(doc, "")) for doc in pages],
    }


def checklist_json(site: ExportSite, checklist: Checklist) -> dict[str, Any]:
    return base(site, checklist) | {
        "title": checklist.display_name,
        "talk": value(checklist.talk),
        "projects": [site.derived.project_id(p) for p in checklist.projects],
        "checks": list(checklist.checks),
    }


def check_json(site: ExportSite, check: Check) -> dict[str, Any]:
    return base(site, check) | {
        "checklist": check.id.partition(".")[0],
        "number": check.number,
        "title": check.display_name,
        "expect": value(site.text(check.expect)),
        "if_not": value(site.text(check.if_not)),
    }


def shownotes_data(site: ExportSite) -> dict[str, Any]:
    """Everything the file holds."""
    events = site.derived.events
    checks = sorted(winners(site, "check"), key=lambda c: (c.id.partition(".")[0], c.number))
    return {
        "$schema": site.file_url(SCHEMA_PATH),
        "generator": {"name": site.generator, "version": site.version},
        "site": {"title": site.title, "url": value(site.baseurl)},
        "events": [event_json(site, events[eid]) for eid in sorted(events)],
        "talks": [talk_json(site, talk) for talk in talks_of(site.derived, site.derived.schedule)],
        "speakers": [speaker_json(site, s) for s in winners(site, "speaker")],
        "projects": [project_json(site, p) for p in winners(site, "project")],
        "checklists": [checklist_json(site, c) for c in winners(site, "checklist")],
        "checks": [check_json(site, c) for c in checks],
    }


def shownotes_files(site: ExportSite) -> dict[str, bytes]:
    """``shownotes.json`` and its schema."""
    text = json.dumps(shownotes_data(site), ensure_ascii=False, separators=(",", ":")) + "\n"
    return {DATA_PATH: text.encode(), SCHEMA_PATH: SCHEMA_FILE.read_bytes()}
