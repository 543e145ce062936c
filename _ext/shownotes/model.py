"""Typed records the domain stores: small, picklable, each with its docname and line.

The kinds of object (which record, directive and role each has) are declared in
:mod:`shownotes.kinds`; this module only holds the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Plain text kept for the exports: strings, and the ``(objtype, target)`` of each role that
#: shows an object's name (known only after reading; see :mod:`shownotes.plaintext`).
TextParts = tuple[str | tuple[str, str], ...]


@dataclass(frozen=True)
class Record:
    """Where an object is declared: its id, document, line and HTML anchor."""

    id: str
    docname: str
    lineno: int
    anchor: str

    @property
    def sort_key(self) -> tuple[str, int]:
        """The (docname, line) order that decides which duplicate declaration wins."""
        return (self.docname, self.lineno)

    @property
    def display_name(self) -> str:
        """The text a role shows by default."""
        return self.id


@dataclass(frozen=True)
class Speaker(Record):
    """A person who speaks at the event."""

    name: str = ""
    role: str = ""
    org: str = ""
    affiliation: str = ""
    url: str = ""
    links: tuple[str, ...] = ()  # http(s)/mailto URLs: Mastodon, GitHub, a blog...
    photo: str = ""  # the photo's path from the source folder (as Sphinx keeps images), or a URL
    bio: TextParts = ()

    @property
    def display_name(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Talk(Record):
    """A talk: its metadata; the notes follow in the section the directive heads.

    ``start`` is a wall-clock time ``HH:MM`` in the time zone of the talk's event; ``utc_offset``
    (``"+01:00"``, or ``""``) is given only where that time alone is ambiguous (see
    :mod:`shownotes.timeinfo`). ``event`` is the ``:event:`` option as written ("" if absent):
    which event a talk belongs to is decided after reading (see :mod:`shownotes.membership`).
    """

    title: str = ""
    speakers: tuple[str, ...] = ()
    kind: str = ""
    date: str = ""
    start: str = ""
    utc_offset: str = ""
    duration: int | None = None
    room: str = ""
    projects: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str = ""
    event: str = ""
    slides: str = ""
    video: str = ""
    summary: TextParts = ()  # the directive's body as text (exports, a page's description)

    @property
    def display_name(self) -> str:
        return self.title or self.id


@dataclass(frozen=True)
class Project(Record):
    """A project, product, programme or technology the notes mention."""

    name: str = ""
    kind: str = ""
    url: str = ""
    aliases: tuple[str, ...] = ()
    description: TextParts = ()

    @property
    def display_name(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Checklist(Record):
    """A troubleshooting checklist made of numbered checks."""

    title: str = ""
    talk: str = ""
    projects: tuple[str, ...] = ()
    checks: tuple[str, ...] = field(default=())
    title_parts: TextParts = ()  # the title with its roles (``title``: with their names)

    @property
    def display_name(self) -> str:
        return self.title or self.id


@dataclass(frozen=True)
class Check(Record):
    """One check of a checklist; its id is ``checklist-id.check-id``."""

    title: str = ""
    number: int = 0
    expect: TextParts = ()
    if_not: TextParts = ()
    title_parts: TextParts = ()  # the title with its roles (``title``: with their names)

    @property
    def display_name(self) -> str:
        return self.title or self.id


@dataclass(frozen=True)
class Event(Record):
    """An event (a conference, a summit, a meet-up) that talks belong to.

    ``start`` and ``end`` are ISO dates; ``timezone`` an IANA name (talk times are wall-clock
    times in it); ``dates`` free text kept from ``shownotes_event``. The event of the site's
    configuration has the docname ``""``: it is drawn on no page.
    """

    name: str = ""
    start: str = ""
    end: str = ""
    place: str = ""
    timezone: str = ""
    url: str = ""
    dates: str = ""
    description: TextParts = ()

    @property
    def display_name(self) -> str:
        return self.name or self.id

    @property
    def drawn(self) -> bool:
        """False for the configuration's event, which no page declares."""
        return bool(self.docname)


@dataclass(frozen=True)
class Mention:
    """A use of a speaker, talk or project on a page (a role, or a talk's options)."""

    objtype: str
    target: str
    docname: str
    lineno: int
    talk: str = ""  # the talk whose section holds the mention, if any
