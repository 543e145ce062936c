"""The rows of every generated listing, as plain data (no docutils, no Sphinx).

Rows are computed once per build, after reading, for every listing placed anywhere
(:func:`shownotes.update.update_derived`). The same rows are each page's fingerprint and what its
listings are rendered from, so what a page shows and what decides its rewriting cannot drift
apart. Rows hold only what their listing shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .derived import Derived
from .model import Project, Record, Speaker, Talk

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


class SpeakerRow(NamedTuple):
    """A speaker as the gallery shows it."""

    link: Link
    role: str
    org: str
    talks: tuple[Link, ...]


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
    """A schedule: its caption (the event's name and place, or "") and its talks."""

    caption: str
    talks: tuple[TalkRow, ...]


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
        link_to(talk, "talk"), talk.kind, talk.date, talk.start, talk.duration, talk.room, speakers
    )


def talks_of(derived: Derived, ids: Iterable[str]) -> list[Talk]:
    """The winning talks of ``ids``, in that order."""
    found = (derived.winners.get("talk", {}).get(tid) for tid in ids)
    return [talk for talk in found if isinstance(talk, Talk)]


def speaker_talks(derived: Derived, filters: Mapping[str, str]) -> tuple[TalkRow, ...]:
    """The talks of one speaker (``filters["speaker"]``), in schedule order."""
    talks = talks_of(derived, derived.talks_by_speaker.get(filters.get("speaker", ""), []))
    return tuple(talk_row(derived, talk, with_speakers=False) for talk in talks)


def speaker_gallery(derived: Derived, filters: Mapping[str, str]) -> tuple[SpeakerRow, ...]:
    """Every speaker (optionally of one organisation), by name."""
    org = filters.get("org", "").casefold()
    speakers = [
        s
        for s in derived.winners.get("speaker", {}).values()
        if isinstance(s, Speaker) and (not org or s.org.casefold() == org)
    ]
    speakers.sort(key=lambda s: (s.display_name.casefold(), s.id))
    rows = []
    for speaker in speakers:
        talks = talks_of(derived, derived.talks_by_speaker.get(speaker.id, []))
        links = tuple(link_to(talk, "talk") for talk in talks)
        rows.append(SpeakerRow(link_to(speaker, "speaker"), speaker.role, speaker.org, links))
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
    """Talks in schedule order (date, time; untimed last in their day), filtered."""
    talks = talks_of(derived, schedule_ids(derived, filters))
    rows = tuple(talk_row(derived, talk) for talk in talks if _matches(talk, filters))
    return Schedule(derived.caption, rows)


def project_index(derived: Derived, filters: Mapping[str, str]) -> tuple[ProjectRow, ...]:
    """Every project (optionally of one kind) with the talks and pages that mention it."""
    kind = filters.get("kind", "").casefold()
    projects = [
        p
        for p in derived.winners.get("project", {}).values()
        if isinstance(p, Project) and (not kind or p.kind.casefold() == kind)
    ]
    projects.sort(key=lambda p: (p.display_name.casefold(), p.id))
    rows = []
    for project in projects:
        key = ("project", project.id)
        talks = tuple(
            link_to(t, "talk") for t in talks_of(derived, derived.talks_mentioning.get(key, []))
        )
        pages = tuple(
            PageLink(doc, derived.page_titles.get(doc, doc))
            for doc in derived.pages_mentioning.get(key, [])
        )
        rows.append(ProjectRow(link_to(project, "project"), project.kind, talks, pages))
    return tuple(rows)
