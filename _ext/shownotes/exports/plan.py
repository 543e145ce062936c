"""Which schedule files a build writes: one set for the whole site (``schedule.*``) and, when
the site has several events, one per event (``schedule-<event-id>.*``).

Pure functions of the derived data: the schedule listing links these files (its rows hold
:func:`schedule_files`), and the writer writes exactly them.
"""

from __future__ import annotations

from typing import NamedTuple

from ..derived import Derived, talks_of
from ..model import Event

#: The stem of the whole site's files.
SITE_STEM = "schedule"


class Group(NamedTuple):
    """The talks of one set of schedule files."""

    stem: str  #: "schedule" or "schedule-<event-id>"
    event: str  #: the event id ("" for the whole site)
    talks: tuple[str, ...]  #: talk ids in schedule order


def several_events(derived: Derived) -> bool:
    """True when the site has more than one event (then each gets its own files)."""
    return len(derived.events) > 1


def event_stem(derived: Derived, event: str) -> str:
    """The stem of the files that hold ``event``'s talks (the site's own with one event)."""
    return f"{SITE_STEM}-{event}" if event and several_events(derived) else SITE_STEM


def groups(derived: Derived) -> list[Group]:
    """The whole site, then each event (in id order) when there are several."""
    found = [Group(SITE_STEM, "", tuple(derived.schedule))]
    if several_events(derived):
        for event in sorted(derived.events):
            talks = tuple(derived.talks_by_event.get(event, ()))
            found.append(Group(event_stem(derived, event), event, talks))
    return found


def conference_event(derived: Derived, group: Group) -> Event | None:
    """The event a group's files describe: its own, or for the whole site the only event
    when every talk belongs to it (else ``None``: the site itself is the conference)."""
    if group.event:
        return derived.events.get(group.event)
    if len(derived.events) != 1:
        return None
    (only,) = derived.events.values()
    if any(derived.talk_event.get(tid) != only.id for tid in group.talks):
        return None
    return only


def has_dates(derived: Derived, group: Group) -> bool:
    """True when some date is known (the event's, or a talk's): the frab files need days."""
    event = conference_event(derived, group)
    if event is not None and (event.start or event.end):
        return True
    return any(talk.date for talk in talks_of(derived, list(group.talks)))


def schedule_files(derived: Derived, event: str) -> tuple[str, bool]:
    """The stem of the files a schedule of ``event`` ("" for none) links, and whether the
    frab JSON and XML files exist (they need a date)."""
    if event not in derived.events:
        event = ""
    stem = event_stem(derived, event)
    talks = derived.talks_by_event.get(event, ()) if stem != SITE_STEM else derived.schedule
    group = Group(stem, event if stem != SITE_STEM else "", tuple(talks))
    return stem, has_dates(derived, group)
