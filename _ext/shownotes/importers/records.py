"""Plain typed records of an imported schedule (no Sphinx): events, talks, speakers, text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    """Untrusted text from the source and the markup it is written in (see ``safetext``)."""

    body: str
    markup: str = "text"  # text, markdown, rst or html


@dataclass
class Event:
    """A conference (or a series of meetups) as the source declares it."""

    key: str  # the source's own stable key, e.g. "frab:camp2019"
    hint: str  # what its id is derived from the first time (a slug is made of it)
    name: str
    start: str = ""  # ISO dates
    end: str = ""
    place: str = ""
    timezone: str = ""  # IANA name
    url: str = ""
    description: Text | None = None
    source: str = ""  # the file or folder it came from (for messages)


@dataclass
class Speaker:
    """A person; ``keys`` are every key that names them (the same person is one speaker)."""

    key: str
    name: str
    keys: tuple[str, ...] = ()
    role: str = ""
    bio: Text | None = None
    links: tuple[str, ...] = ()
    photo: str = ""
    hint: str = ""  # what the id is derived from (default: the name)


@dataclass
class Talk:
    """A talk, with its times as wall-clock values in its event's zone."""

    key: str  # e.g. "frab:camp2019:a0a0fcfe-..." (never changes when the title does)
    hint: str  # id hint, e.g. "camp2019-10386"
    event: str  # the event's key
    title: str
    day: str = ""  # the page it goes on: a date (YYYY-MM-DD), a year, or "" (undated)
    subtitle: str = ""
    speakers: tuple[str, ...] = ()  # speaker keys, in the source's order
    source_type: str = ""  # the source's own type ("lecture", "Talk 30 min"...)
    kind: str = ""  # the site's kind it maps onto (see kinds.py), or ""
    date: str = ""
    start: str = ""  # HH:MM
    utc_offset: str = ""  # "+01:00" where the wall-clock time alone is not enough
    duration: int | None = None
    room: str = ""
    track: str = ""
    tags: tuple[str, ...] = ()
    language: str = ""
    slides: str = ""
    video: str = ""
    url: str = ""
    abstract: Text | None = None
    description: Text | None = None
    links: Text | None = None  # the links that have no option of their own, as plain text
    order: tuple = ()  # sort key within its day (instant, room, title)


@dataclass
class Schedule:
    """Everything read from the sources of one import, and what the readers noticed."""

    events: list[Event] = field(default_factory=list)
    talks: list[Talk] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings for stderr ("file: place: ...")


@dataclass(frozen=True)
class Options:
    """What the command line adds to a source (see ``shownotes import --help``)."""

    timezone: str = ""  # IANA zone of the event (Sessionize times are in it)
    event_name: str = ""
    event_id: str = ""
    photos: str = "none"  # "none" or "link"
