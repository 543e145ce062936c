"""The rows of every generated listing, as plain data.

The same rows feed the placeholder-filling transform and the per-document fingerprints,
so what a page shows and what decides its rewriting cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from .derived import Derived
from .model import Project, Record, Speaker, Talk

#: A listing placeholder's identity: its kind and its (option, value) filters.
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


def link_to(record: Record, objtype: str) -> Link:
    """A :class:`Link` to ``record`` showing its default text."""
    return Link(objtype, record.id, record.docname, record.anchor, record.display_name)


def talk_row(derived: Derived, talk: Talk, with_speakers: bool = True) -> TalkRow:
    """The row of one talk, its speakers resolved to links (unknown ones left out).

    Rows hold only what their listing shows: they are also the fingerprint that decides
    which pages to rewrite, so a speaker card's list (which shows no speakers) leaves them out.
    """
    speakers = tuple(
        link_to(found, "speaker")
        for sid in (talk.speakers if with_speakers else ())
        if (found := derived.lookup("speaker", sid)) is not None
    )
    return TalkRow(
        link_to(talk, "talk"), talk.kind, talk.date, talk.start, talk.duration, talk.room, speakers
    )


def _talks(derived: Derived, ids: Iterable[str]) -> list[Talk]:
    found = (derived.winners.get("talk", {}).get(tid) for tid in ids)
    return [talk for talk in found if isinstance(talk, Talk)]


def speaker_talks(derived: Derived, speaker_id: str) -> tuple[TalkRow, ...]:
    """The talks of one speaker, in schedule order."""
    talks = _talks(derived, derived.talks_by_speaker.get(speaker_id, []))
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
    return tuple(
        SpeakerRow(
            link_to(s, "speaker"),
            s.role,
            s.org,
            tuple(
                link_to(t, "talk") for t in _talks(derived, derived.talks_by_speaker.get(s.id, ()))
            ),
        )
        for s in speakers
    )


def schedule(derived: Derived, filters: Mapping[str, str]) -> tuple[TalkRow, ...]:
    """Talks in schedule order (date, time; untimed last in their day), filtered."""
    project = filters.get("project", "")
    if project and project not in derived.winners.get("project", {}):
        project = derived.aliases.get(project, project)  # a project's aliases filter too
    project_talks = set(derived.talks_mentioning.get(("project", project), []))
    if "speaker" in filters:
        ids: Iterable[str] = derived.talks_by_speaker.get(filters["speaker"], [])
    elif project:
        ids = derived.talks_mentioning.get(("project", project), [])
    else:
        ids = derived.schedule
    date, kind, room = filters.get("date"), filters.get("kind"), filters.get("room")
    rows = []
    for talk in _talks(derived, ids):
        if date and talk.date != date:
            continue
        if kind and talk.kind.casefold() != kind.casefold():
            continue
        if room and talk.room.casefold() != room.casefold():
            continue
        if project and talk.id not in project_talks:
            continue
        rows.append(talk_row(derived, talk))
    return tuple(rows)


def project_index(
    derived: Derived, filters: Mapping[str, str], title_of: Callable[[str], str]
) -> tuple[ProjectRow, ...]:
    """Every project (optionally of one kind) with the talks and pages that mention it."""
    kind = filters.get("kind", "")  # kinds, organisations and rooms match without case
    projects = [
        p
        for p in derived.winners.get("project", {}).values()
        if isinstance(p, Project) and (not kind or p.kind.casefold() == kind.casefold())
    ]
    projects.sort(key=lambda p: (p.display_name.casefold(), p.id))
    rows = []
    for project in projects:
        key = ("project", project.id)
        talk_ids = derived.talks_mentioning.get(key, [])
        talks = tuple(link_to(t, "talk") for t in _talks(derived, talk_ids))
        pages = tuple(PageLink(doc, title_of(doc)) for doc in derived.pages_mentioning.get(key, []))
        rows.append(ProjectRow(link_to(project, "project"), project.kind, talks, pages))
    return tuple(rows)


def listing_rows(
    derived: Derived, spec: ListingSpec, title_of: Callable[[str], str]
) -> tuple[object, ...]:
    """The rows of the listing ``spec``, whatever its kind."""
    kind, filter_items = spec
    filters = dict(filter_items)
    if kind == "speaker-talks":
        return speaker_talks(derived, filters["speaker"])
    if kind == "speaker-gallery":
        return speaker_gallery(derived, filters)
    if kind == "schedule":
        return schedule(derived, filters)
    if kind == "project-index":
        return project_index(derived, filters, title_of)
    return ()
