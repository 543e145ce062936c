"""frab ``schedule.xml``, parsed with defusedxml (no entity expansion, no external files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden
from defusedxml.ElementTree import fromstring

from . import frab_json
from .errors import SourceError
from .records import Options, Schedule

REFUSED_ENTITIES = (
    "refused: it declares XML entities, which can expand without bound or read other files "
    "(defusedxml); a frab export has none"
)
TEXT_FIELDS = (
    "date", "start", "duration", "room", "slug", "title", "subtitle", "track", "type",
    "language", "abstract", "description", "url", "time_zone_name", "acronym", "end",
    "base_url",
)  # fmt: skip


def parse(source: Path, data: bytes) -> Element:
    """The XML document's root element; bad or dangerous XML is a :class:`SourceError`."""
    try:
        return fromstring(data)
    except EntitiesForbidden:
        raise SourceError(str(source), "", REFUSED_ENTITIES) from None
    except DefusedXmlException as err:
        raise SourceError(str(source), "", f"refused: {type(err).__name__} (defusedxml)") from None
    except ParseError as err:
        line, column = err.position
        raise SourceError(str(source), f"line {line}, column {column + 1}", str(err)) from None


def looks_like(root: Element) -> bool:
    """True for a frab schedule.xml (root ``schedule`` with a ``conference``)."""
    return root.tag == "schedule" and root.find("conference") is not None


def _fields(element: Element) -> dict[str, Any]:
    """The text of the known child elements, and the element's attributes."""
    result: dict[str, Any] = dict(element.attrib)
    for name in TEXT_FIELDS:
        child = element.find(name)
        if child is not None:
            result[name] = "".join(child.itertext())
    return result


def _talk(event: Element) -> dict[str, Any]:
    raw = _fields(event)
    raw["persons"] = [
        {**p.attrib, "public_name": "".join(p.itertext())} for p in event.iterfind("persons/person")
    ]
    raw["links"] = [
        {"url": link.get("href"), "title": "".join(link.itertext())}
        for link in event.iterfind("links/link")
    ]
    raw["attachments"] = [
        {"url": a.get("href"), "title": "".join(a.itertext())}
        for a in event.iterfind("attachments/attachment")
    ]
    return raw


def as_json(root: Element) -> dict[str, Any]:
    """The XML schedule in the shape of a schedule.json, so one reader serves both."""
    days = []
    for day in root.iterfind("day"):
        rooms: dict[str, list] = {}
        for room in day.iterfind("room"):
            rooms.setdefault(room.get("name") or "", []).extend(
                _talk(event) for event in room.iterfind("event")
            )
        days.append({**day.attrib, "rooms": rooms})
    conference = root.find("conference")
    assert conference is not None
    return {
        "schedule": {
            "base_url": _fields(conference).get("base_url"),
            "conference": {**_fields(conference), "days": days},
        }
    }


def read(source: Path, root: Element, options: Options, schedule: Schedule) -> None:
    """Add the event, talks and speakers of a parsed schedule.xml to ``schedule``."""
    frab_json.read(source, as_json(root), options, schedule)
