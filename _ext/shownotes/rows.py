"""The rows of every generated listing, as plain data (no docutils, no Sphinx).

Rows are computed once per build, after reading, for every listing placed anywhere
(:func:`shownotes.update.update_derived`). The same rows are each page's fingerprint and what its
listings are rendered from, so what a page shows and what decides its rewriting cannot drift
apart. Rows hold only what their listing shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .derived import Derived, talks_of
from .exports.plan import schedule_files
from .model import Event, Project, Record, Speaker, Talk
from .validate import UNDATED

#: A listing placeholder's identity: its kind and its (option, value) pairs, sorted.
ListingSpec = tuple[str, tuple[tuple[str, str], ...]]


class Link(NamedTuple):
    """A link to an object of the domain, with the text it shows."""

    objtype: str
    id: str
    docname: str
    anchor: str
    text: str


class TalkRow(NamedTuple):
    """A talk as listings show it."""

    link: Link
    kind: str
    date: str
    start: str
    duration: int | None
    room: str
    speakers: tuple[Link, ...]
    utc_offset: str = ""


class SpeakerRow(NamedTuple):
    """A speaker as the gallery shows it."""

    link: Link
    role: str
    org: str
    talks: tuple[Link, ...]
    photo: str = ""  # from the source folder, or an http(s) URL; "" shows the initials


class PageLink(NamedTuple):
    """A page that mentions something, with its title."""

    docname: str
    title: str


class ProjectRow(NamedTuple):
    """A project as the project index shows it."""

    link: Link
    kind: str
    talks: tuple[Link, ...]
    pages: tuple[PageLink, ...]


class Schedule(NamedTuple):
    """A schedule: its caption (its event's name and place, or ""), the event's time zone
    (talk times are wall-clock times in it; "" if unknown) and its talks."""

    caption: str
    timezone: str
    talks: tuple[TalkRow, ...]
    files: tuple[str, bool] = ("schedule", False)  # its exports' stem; frab files written


class TalkGroup(NamedTuple):
    """A speaker's talks at one event (``event`` is ``None`` for talks of no event)."""

    event: Link | None
    talks: tuple[TalkRow, ...]


class TagRow(NamedTuple):
    """A tag as the tag index shows it, with its talks."""

    tag: str
    talks: tuple[Link, ...]


class EventRow(NamedTuple):
    """An event as the event index shows it."""

    link: Link
    start: str
    end: str
    dates: str  # the configuration's free text, where it gives no start
    place: str
    talks: int


def link_to(record: Record, objtype: str) -> Link:
    """A :class:`Link` to ``record`` showing its default text."""
    return Link(objtype, record.id, record.docname, record.anchor, record.display_name)


def talk_row(derived: Derived, talk: Talk, with_speakers: bool = True) -> TalkRow:
    """The row of one talk, its speakers resolved to links (unknown ones left out).

    A speaker card's list shows no speakers, so its rows leave them out (they are also the
    fingerprint that decides which pages to rewrite).
    """
    speakers = tuple(
        link_to(found, "speaker")
        for sid in (talk.speakers if with_speakers else ())
        if (found := derived.lookup("speaker", sid)) is not None
    )
    return TalkRow(
        link_to(talk, "talk"),
        talk.kind,
        talk.date,
        talk.start,
        talk.duration,
        talk.room,
        speakers,
        talk.utc_offset,
    )


def at_event(derived: Derived, ids: Iterable[str], event: str | None) -> list[str]:
    """The talks of ``ids`` that belong to ``event`` (all of them if ``event`` is ``None``)."""
    if event is None:
        return list(ids)
    return [tid for tid in ids if derived.talk_event.get(tid) == event]


def caption_of(event: Event) -> str:
    """ "OpenStack Summit Tokyo 2015, Tokyo, Japan": an event's name and place."""
    return ", ".join(part for part in (event.name, event.place) if part)


def speaker_talks(derived: Derived, filters: Mapping[str, str]) -> tuple[TalkGroup, ...]:
    """The talks of one speaker (``filters["speaker"]``) in schedule order, grouped by event
    (each group where the event's first talk is)."""
    groups: dict[str, list[TalkRow]] = {}
    for talk in talks_of(derived, derived.talks_by_speaker.get(filters.get("speaker", ""), [])):
        event = derived.talk_event.get(talk.id, "")
        groups.setdefault(event, []).append(talk_row(derived, talk, with_speakers=False))
    return tuple(
        TalkGroup(event_link(derived, event), tuple(rows)) for event, rows in groups.items()
    )


def event_link(derived: Derived, event: str) -> Link | None:
    """A link to the event ``event`` (``None`` for "" or an unknown id)."""
    found = derived.events.get(event)
    return link_to(found, "event") if found is not None else None


def speaker_gallery(derived: Derived, filters: Mapping[str, str]) -> tuple[SpeakerRow, ...]:
    """Every speaker (optionally of one organisation, or with talks at one event), by name."""
    org = filters.get("org", "").casefold()
    event = filters.get("event")
    speakers = [
        s
        for s in derived.winners.get("speaker", {}).values()
        if isinstance(s, Speaker) and (not org or s.org.casefold() == org)
    ]
    speakers.sort(key=lambda s: (s.display_name.casefold(), s.id))
    rows = []
    for speaker in speakers:
        ids = at_event(derived, derived.talks_by_speaker.get(speaker.id, []), event)
        if event is not None and not ids:
            continue
        links = tuple(link_to(talk, "talk") for talk in talks_of(derived, ids))
        row = SpeakerRow(
            link_to(speaker, "speaker"), speaker.role, speaker.org, links, speaker.photo
        )
        rows.append(row)
    return tuple(rows)


def _matches(talk: Talk, filters: Mapping[str, str]) -> bool:
    """True if ``talk`` passes the schedule's date, kind and room filters (kinds and rooms
    match without case)."""
    date, kind, room = filters.get("date"), filters.get("kind"), filters.get("room")
    return (
        (not date or talk.date == date)
        and (not kind or talk.kind.casefold() == kind.casefold())
        and (not room or talk.room.casefold() == room.casefold())
    )


def schedule_ids(derived: Derived, filters: Mapping[str, str]) -> list[str]:
    """The talk ids a schedule starts from: the smallest index its filters name."""
    project = derived.project_id(filters.get("project", ""))
    candidates: list[list[str]] = []
    if "event" in filters:
        candidates.append(derived.talks_by_event.get(filters["event"], []))
    if "tag" in filters:
        candidates.append(derived.talks_by_tag.get(filters["tag"].casefold(), []))
    if "speaker" in filters:
        candidates.append(derived.talks_by_speaker.get(filters["speaker"], []))
    if project:
        candidates.append(derived.talks_mentioning.get(("project", project), []))
    if not candidates:
        return derived.schedule
    base = min(candidates, key=len)
    others = [set(ids) for ids in candidates if ids is not base]
    return [tid for tid in base if all(tid in ids for ids in others)]


def schedule(derived: Derived, filters: Mapping[str, str]) -> Schedule:
    """Talks in schedule order (date, time; untimed last in their day), filtered; captioned
    with their event (the filter's, or the one they all belong to)."""
    talks = talks_of(derived, schedule_ids(derived, filters))
    rows = tuple(talk_row(derived, talk) for talk in talks if _matches(talk, filters))
    shared = {derived.talk_event.get(row.link.id, "") for row in rows}
    event = derived.events.get(filters.get("event") or (shared.pop() if len(shared) == 1 else ""))
    if event is None:
        return Schedule(derived.caption, "", rows, schedule_files(derived, ""))
    return Schedule(caption_of(event), event.timezone, rows, schedule_files(derived, event.id))


def project_index(derived: Derived, filters: Mapping[str, str]) -> tuple[ProjectRow, ...]:
    """Every project (optionally of one kind) with the talks and pages that mention it; with
    ``:event:``, only that event's talks and pages, and only the projects they mention."""
    kind = filters.get("kind", "").casefold()
    event = filters.get("event")
    projects = [
        p
        for p in derived.winners.get("project", {}).values()
        if isinstance(p, Project) and (not kind or p.kind.casefold() == kind)
    ]
    projects.sort(key=lambda p: (p.display_name.casefold(), p.id))
    rows = []
    for project in projects:
        key = ("project", project.id)
        talk_ids = at_event(derived, derived.talks_mentioning.get(key, []), event)
        talks = tuple(link_to(t, "talk") for t in talks_of(derived, talk_ids))
        pages = tuple(
            PageLink(doc, derived.page_titles.get(doc, doc))
            for doc in derived.pages_mentioning.get(key, [])
            if event is None or derived.page_event.get(doc) == event
        )
        if event is not None and not talks and not pages:
            continue
        rows.append(ProjectRow(link_to(project, "project"), project.kind, talks, pages))
    return tuple(rows)


def event_year(event: Event) -> str:
    """The year an event starts in (``2019``), or ``undated``."""
    return event.start[:4] if event.start else UNDATED


def event_index(derived: Derived, filters: Mapping[str, str]) -> tuple[EventRow, ...]:
    """Every event (the configured one too), newest first, with its number of talks."""
    event, year = filters.get("event"), filters.get("year")
    events = [
        e
        for e in derived.events.values()
        if (event is None or e.id == event) and (year is None or event_year(e) == year)
    ]
    events.sort(key=lambda e: (e.display_name.casefold(), e.id))
    events.sort(key=lambda e: (bool(e.start or e.dates), e.start or e.dates), reverse=True)
    return tuple(
        EventRow(
            link_to(e, "event"),
            e.start,
            e.end,
            e.dates,
            e.place,
            len(derived.talks_by_event.get(e.id, [])),
        )
        for e in events
    )


def talk_event(derived: Derived, filters: Mapping[str, str]) -> tuple[Link, ...]:
    """The event of one talk (``filters["talk"]``), for its header: none or one link."""
    found = event_link(derived, derived.talk_event.get(filters.get("talk", ""), ""))
    return (found,) if found is not None else ()


def tag_index(derived: Derived, filters: Mapping[str, str]) -> tuple[TagRow, ...]:
    """Every tag (as first written; tags differing only in case are one), sorted without case,
    with its talks in schedule order; with ``:event:``, the tags of that event's talks."""
    event = filters.get("event")
    rows = []
    for key in sorted(derived.talks_by_tag, key=lambda k: (k, derived.tag_names[k])):
        talks = talks_of(derived, at_event(derived, derived.talks_by_tag[key], event))
        if talks:
            rows.append(TagRow(derived.tag_names[key], tuple(link_to(t, "talk") for t in talks)))
    return tuple(rows)
