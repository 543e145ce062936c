"""``schedule.xml`` in the frab format (valid against the c3voc XSD), from the same data as
``schedule.json`` (:mod:`.frab`), with the same version.

Where the XSD requires an element the notes do not fill, it is empty (``abstract``, ``track``,
``type``; ``room`` for a talk without one); a duration the notes do not give is ``00:00``.
Optional elements (``language``, ``url``, ``slug``, a person's link) are left out when the
notes give nothing the XSD accepts.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from .common import hours_minutes
from .frab import FrabConference, FrabDay, FrabTalk
from .frab_json import absolute, iso
from .site import ExportSite

#: The XSD's ``voc-slug-new`` (an optional element: left out when a slug does not match).
SLUG = re.compile(r"[a-z0-9_]{4,}-[a-z0-9\-_]{4,}\Z")
#: The XSD's ``duration`` (at most 99:59).
DURATION = re.compile(r"[0-9]{1,2}:[0-9]{2}\Z")
#: Characters XML 1.0 cannot hold at all (control characters, lone surrogates...).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with each character XML cannot hold replaced by U+FFFD, and its line ends as
    XML reads them (``\r`` becomes ``\n``)."""
    return NOT_XML.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_element(parent: ET.Element, tag: str, text: str) -> ET.Element:
    """A child element holding ``text``."""
    child = ET.SubElement(parent, tag)
    child.text = xml_text(text)
    return child


def talk_xml(room: ET.Element, entry: FrabTalk, slugs: set[str]) -> None:
    """One ``event`` element (the XSD's name for a talk)."""
    talk = entry.talk
    event = ET.SubElement(room, "event", {"guid": entry.guid, "id": str(entry.number)})
    length = hours_minutes(talk.duration)
    for tag, value in (
        ("date", iso(entry.local)),
        ("start", entry.local.strftime("%H:%M")),
        ("duration", length if DURATION.match(length) else "00:00"),
        ("room", talk.room),
        ("title", talk.title),
        ("type", talk.kind),
        ("abstract", entry.abstract),
        ("track", ""),
    ):
        text_element(event, tag, value)
    if SLUG.match(entry.slug) and entry.slug not in slugs:
        slugs.add(entry.slug)
        text_element(event, "slug", entry.slug)
    if talk.language:
        text_element(event, "language", talk.language)
    persons = ET.SubElement(event, "persons")
    for found in entry.persons:
        text_element(persons, "person", found.name).set("guid", found.guid)
    links = ET.SubElement(event, "links")
    for kind, url in entry.links:
        link = text_element(links, "link", kind)
        link.set("href", xml_text(url))
        link.set("type", kind)
    if absolute(entry.url):
        text_element(event, "url", entry.url)


def day_xml(parent: ET.Element, site: ExportSite, day: FrabDay, slugs: set[str]) -> None:
    """One ``day`` with its rooms and talks."""
    attributes = {
        "index": str(day.number),
        "date": day.date.isoformat(),
        "start": iso(day.start),
        "end": iso(day.end),
    }
    element = ET.SubElement(parent, "day", attributes)
    for name, talks in day.rooms:
        room = ET.SubElement(element, "room", {"name": xml_text(name)})
        if name:
            room.set("guid", site.guid("room", name))
        for entry in talks:
            talk_xml(room, entry, slugs)


def conference_xml(parent: ET.Element, site: ExportSite, conf: FrabConference) -> None:
    """The ``conference`` element."""
    element = ET.SubElement(parent, "conference")
    for tag, value in (
        ("title", conf.title),
        ("acronym", conf.acronym),
        ("start", conf.start.isoformat()),
        ("end", conf.end.isoformat()),
        ("days", str(len(conf.days))),
        ("timeslot_duration", hours_minutes(conf.timeslot)),
    ):
        text_element(element, tag, value)
    if absolute(site.baseurl):
        text_element(element, "base_url", site.baseurl)
    if absolute(conf.url):
        text_element(element, "url", conf.url)
    if conf.zone:
        text_element(element, "time_zone_name", conf.zone)


def schedule_xml(site: ExportSite, conf: FrabConference, path: str, version: str) -> bytes:
    """The whole file (``path``: where it is written, for its own ``url``; ``version``: the
    JSON file's, :func:`~.frab_json.version_of` its conference)."""
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", {"name": site.generator, "version": site.version})
    url = site.file_url(path)
    if absolute(url):
        text_element(root, "url", url)
    text_element(root, "version", version)
    conference_xml(root, site, conf)
    slugs: set[str] = set()
    for day in conf.days:
        day_xml(root, site, day, slugs)
    ET.indent(root, " ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
