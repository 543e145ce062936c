"""Helpers of the export tests: read the files an HTML build writes next to its pages."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import xmlschema
from shownotes.exports.shownotes_json import SCHEMA_FILE
from tools import require_data

BASEURL = "https://notes.example.org/en/latest/"
#: The timed talks of tests/roots/test-exports (a date and a start).
TIMED = {
    "before-change",
    "repeated-first",
    "repeated-second",
    "after-change",
    "tokyo-opening",
    "floating",
}
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def export_files(outdir: Path) -> dict[str, bytes]:
    """Every file the exports wrote (relative path: bytes), by the build's manifest."""
    manifest = (Path(outdir) / ".shownotes-exports").read_text("utf-8").split("\n")
    return {path: (Path(outdir) / path).read_bytes() for path in manifest if path}


def calendar(outdir: Path, name: str = "schedule.ics") -> icalendar.Calendar:
    """An .ics file parsed back with icalendar."""
    return icalendar.Calendar.from_ical((Path(outdir) / name).read_bytes())


def vevents(cal: icalendar.Calendar) -> dict[str, Any]:
    """The VEVENTs of a calendar by their SUMMARY."""
    return {str(event["summary"]): event for event in cal.walk("VEVENT")}


def schedules() -> Path:
    """``../shared/data/schedules``; skip (fail under ``CI=true``) where it is missing."""
    return require_data("schedules")


@cache
def frab_schemas() -> tuple[jsonschema.Draft6Validator, xmlschema.XMLSchema]:
    """The c3voc JSON Schema and the frab XSD (skipped without ../shared/data)."""
    folder = schedules() / "voc-schedule"
    schema = json.loads((folder / "json__schema.json").read_text("utf-8"))
    checker = jsonschema.FormatChecker()
    return (
        jsonschema.Draft6Validator(schema, format_checker=checker),
        xmlschema.XMLSchema(str(folder / "xsd__schedule.xml.xsd")),
    )


def json_errors(path: Path) -> list[str]:
    """What the c3voc schema finds wrong with a ``schedule.json``."""
    validator, _ = frab_schemas()
    data = json.loads(Path(path).read_text("utf-8"))
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def xml_errors(path: Path) -> list[str]:
    """What the frab XSD finds wrong with a ``schedule.xml``."""
    _, xsd = frab_schemas()
    return [str(error) for error in xsd.iter_errors(str(path))]


def shownotes_errors(path: Path) -> list[str]:
    """What the shipped schema finds wrong with a ``shownotes.json``."""
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    data = json.loads(Path(path).read_text("utf-8"))
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def frab_talks(path: Path) -> dict[str, dict[str, Any]]:
    """The talks of a frab ``schedule.json`` by title."""
    data = json.loads(Path(path).read_text("utf-8"))
    found = {}
    for day in data["schedule"]["conference"]["days"]:
        for talks in day["rooms"].values():
            for talk in talks:
                found[talk["title"]] = talk
    return found


def linked_data(outdir: Path, page: str) -> list[dict[str, Any]]:
    """The schema.org objects of a built page (its JSON-LD scripts, parsed)."""
    text = (Path(outdir) / page).read_text("utf-8")
    return [json.loads(found) for found in SCRIPT.findall(text)]
