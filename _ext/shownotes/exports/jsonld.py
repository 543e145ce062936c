"""schema.org data of talks (``Event``) and speakers (``Person``), as listing rows.

The talk and speaker directives place a ``talk-data`` / ``speaker-data`` placeholder (and a
``talk-calendar`` one for the "Add to calendar" link); its
rows (below) are computed after reading like every listing's, so they are also the page's
fingerprint: a page is rewritten when a speaker's name, an event's place or a talk's time zone
changes elsewhere. URLs are :class:`PageRef` / :class:`PhotoRef` until the HTML visitor
(:mod:`.nodes`) writes them for the page they are on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..derived import Derived
from ..model import Event, Record, Speaker, Talk
from ..plaintext import resolve
from .common import talk_moment

CONTEXT = "https://schema.org"


@dataclass(frozen=True)
class PageRef:
    """A place on the site (written as a URL by the page that holds the data)."""

    docname: str
    anchor: str


@dataclass(frozen=True)
class PhotoRef:
    """A speaker's photo as written in ``:photo:`` (a path or an http(s) URL)."""

    docname: str
    photo: str


def declared_here(record: Record, filters: Mapping[str, str]) -> bool:
    """True if the placeholder ``filters`` stands at ``record``'s declaration (the winning
    one of its id): an ignored duplicate gets no data of its own."""
    return (record.docname, str(record.lineno)) == (filters.get("doc"), filters.get("line"))


def talk_calendar(derived: Derived, filters: Mapping[str, str]) -> str:
    """The id of the talk whose "Add to calendar" link stands here ("" for none): the winning
    declaration of a talk with a date and a start (which has a calendar file)."""
    talk = derived.winners.get("talk", {}).get(filters.get("talk", ""))
    if not isinstance(talk, Talk) or not declared_here(talk, filters):
        return ""
    return talk.id if talk.date and talk.start else ""


def name_of(derived: Derived) -> Any:
    """``(objtype, target) -> name`` over ``derived``."""

    def name(objtype: str, target: str) -> str | None:
        found = derived.lookup(objtype, target)
        return found.display_name if found is not None else None

    return name


def pruned(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the keys whose value the notes do not give."""
    return {key: value for key, value in data.items() if value not in ("", None, [], {})}


def place(name: str, address: str) -> dict[str, Any] | None:
    """A ``Place`` (a room, at the event's place), or ``None``."""
    if not (name or address):
        return None
    return pruned({"@type": "Place", "name": name or address, "address": address if name else ""})


def event_data(event: Event) -> dict[str, Any]:
    """A talk's ``superEvent``."""
    url: Any = PageRef(event.docname, event.anchor) if event.drawn else event.url
    return pruned(
        {
            "@type": "Event",
            "name": event.display_name,
            "url": url,
            "startDate": event.start,
            "endDate": event.end,
            "location": place("", event.place),
        }
    )


def when(derived: Derived, talk: Talk) -> tuple[str, str]:
    """``startDate`` and ``endDate``: with their UTC offset where the instant is known, the
    date alone where only that is."""
    moment = talk_moment(derived, talk)
    if moment is None:
        return talk.date, ""
    start = moment.local.isoformat(timespec="seconds")
    if not talk.duration:
        return start, ""
    end = (moment.utc + timedelta(minutes=talk.duration)).astimezone(moment.local.tzinfo)
    return start, end.isoformat(timespec="seconds")


def talk_data(derived: Derived, filters: Mapping[str, str]) -> dict[str, Any] | None:
    """The ``Event`` of one talk (``filters["talk"]``)."""
    talk = derived.winners.get("talk", {}).get(filters.get("talk", ""))
    if not isinstance(talk, Talk) or not declared_here(talk, filters):
        return None
    event = derived.events.get(derived.talk_event.get(talk.id, ""))
    start, end = when(derived, talk)
    performers = [
        {"@type": "Person", "name": found.display_name, "url": PageRef(found.docname, found.anchor)}
        for sid in talk.speakers
        if (found := derived.lookup("speaker", sid)) is not None
    ]
    return pruned(
        {
            "@context": CONTEXT,
            "@type": "Event",
            "name": talk.display_name,
            "url": PageRef(talk.docname, talk.anchor),
            "startDate": start,
            "endDate": end,
            "description": resolve(talk.summary, name_of(derived)),
            "location": place(talk.room, event.place if event is not None else ""),
            "performer": performers,
            "superEvent": event_data(event) if event is not None else None,
            "inLanguage": talk.language,
            "keywords": ", ".join(talk.tags),
        }
    )


def is_mail(url: str) -> bool:
    """True for a ``mailto:`` link."""
    return url.lower().startswith("mailto:")


def speaker_data(derived: Derived, filters: Mapping[str, str]) -> dict[str, Any] | None:
    """The ``Person`` of one speaker (``filters["speaker"]``)."""
    speaker = derived.winners.get("speaker", {}).get(filters.get("speaker", ""))
    if not isinstance(speaker, Speaker) or not declared_here(speaker, filters):
        return None
    web = [url for url in (speaker.url, *speaker.links) if url and not is_mail(url)]
    mail = [url[len("mailto:") :] for url in speaker.links if is_mail(url)]
    org = {"@type": "Organization", "name": speaker.org} if speaker.org else None
    return pruned(
        {
            "@context": CONTEXT,
            "@type": "Person",
            "name": speaker.display_name,
            "url": PageRef(speaker.docname, speaker.anchor),
            "jobTitle": speaker.role,
            "worksFor": org,
            "description": resolve(speaker.bio, name_of(derived)),
            "image": PhotoRef(speaker.docname, speaker.photo) if speaker.photo else None,
            "email": mail[0] if mail else "",
            "sameAs": list(dict.fromkeys(web)),
        }
    )
