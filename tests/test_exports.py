"""The exported files of an HTML build, read back (tests/roots/test-exports: an event in Berlin
across the night of 25 October 2015, when clocks go back, one in Tokyo, a talk of no event).

iCalendar is parsed with icalendar, frab JSON validated with jsonschema against the c3voc
schema, frab XML with xmlschema against the frab XSD, ``shownotes.json`` against the schema
the package ships; the schema.org data is parsed from the built pages.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from exporting import (
    BASEURL,
    TIMED,
    calendar,
    export_files,
    frab_talks,
    json_errors,
    linked_data,
    shownotes_errors,
    vevents,
    xml_errors,
)
from helpers import warnings_of
from sphinx.testing.util import SphinxTestApp

EPOCH = "1445644800"  # 2015-10-24T00:00:00Z
ABSOLUTE = {"html_baseurl": BASEURL}


@pytest.fixture
def built(app: SphinxTestApp, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    return Path(app.outdir)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def instant(event, name: str) -> datetime:
    """A VEVENT's time in UTC (a floating time as it is). An aware time in the repeated hour
    never compares equal to one of another zone (PEP 495), so compare UTC instants."""
    found = event.decoded(name)
    return found.astimezone(UTC) if found.tzinfo is not None else found


@pytest.mark.sphinx("html", testroot="exports", freshenv=True, confoverrides=ABSOLUTE)
def test_the_calendar_holds_every_timed_talk_at_its_instant(built: Path) -> None:
    events = vevents(calendar(built))
    assert len(events) == len(TIMED)  # untimed and undated talks are left out
    start = {title: instant(event, "dtstart") for title, event in events.items()}
    end = {title: instant(event, "dtend") for title, event in events.items()}
    # summer time (+02:00) before the change, winter time (+01:00) after it
    assert start["Saturday morning, summer time"] == utc(2015, 10, 24, 8, 0)
    assert end["Saturday morning, summer time"] == utc(2015, 10, 24, 9, 0)
    assert start["Sunday morning, winter time"] == utc(2015, 10, 25, 9, 0)
    # the repeated hour: 02:30 alone is its first occurrence; the offset names the second
    assert start["The first 02:30"] == utc(2015, 10, 25, 0, 30)
    assert end["The first 02:30"] == utc(2015, 10, 25, 1, 0)
    assert start["The second 02:30"] == utc(2015, 10, 25, 1, 30)
    assert end["The second 02:30"] == utc(2015, 10, 25, 2, 15)
    assert start["Opening in Tokyo"] == utc(2015, 10, 27, 0, 0)
    # no zone says which instant it is: a floating time, as the notes give it
    assert start["A time in no time zone"] == datetime(2015, 10, 26, 10, 0)


@pytest.mark.sphinx("html", testroot="exports", freshenv=True, confoverrides=ABSOLUTE)
def test_calendar_fields_zones_and_stamp(built: Path) -> None:
    cal = calendar(built, "schedule-berlin.ics")
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    event = vevents(cal)["Saturday morning, summer time"]
    assert event["dtstart"].params["TZID"] == "Europe/Berlin"
    assert str(event["location"]) == "Saal 1, Berlin, Germany"
    assert [str(c) for c in event["categories"].cats] == ["talk", "clocks", "DST"]
    url = f"{BASEURL}berlin/saturday.html#talk-before-change"
    assert str(event["url"]) == url
    description = str(event["description"])
    assert "Speakers: Ada Example, Bob Example" in description
    assert "Ada Example and Bob Example on summer time." in description  # roles resolved
    assert description.endswith(url)
    assert event.decoded("dtstamp") == datetime.fromtimestamp(int(EPOCH), UTC)
    assert str(cal["x-wr-calname"]) == "Example Days Berlin"
    assert str(cal["source"]) == f"{BASEURL}schedule-berlin.ics"
    # the second 02:30 cannot be written on the Berlin clock (that would be the first one)
    second = vevents(cal)["The second 02:30"]
    assert "TZID" not in second["dtstart"].params


@pytest.mark.sphinx("html", testroot="exports", freshenv=True)
def test_each_timed_talk_has_its_own_calendar_file_with_a_stable_uid(built: Path) -> None:
    files = export_files(built)
    own = {path.removeprefix("_calendar/").removesuffix(".ics") for path in files}
    assert {tid for tid in own if not tid.startswith(("schedule", "shownotes"))} == TIMED
    whole = {str(e["uid"]): str(e["summary"]) for e in calendar(built).walk("VEVENT")}
    assert len(whole) == len(TIMED)
    for tid in TIMED:
        (event,) = calendar(built, f"_calendar/{tid}.ics").walk("VEVENT")
        assert whole[str(event["uid"])] == str(event["summary"])
    # the same talk has the same UID in its event's file
    berlin = {str(e["uid"]) for e in calendar(built, "schedule-berlin.ics").walk("VEVENT")}
    assert berlin <= set(whole) and len(berlin) == 4


@pytest.mark.sphinx("html", testroot="exports", freshenv=True, confoverrides=ABSOLUTE)
def test_frab_json_and_xml_are_valid_and_fill_only_what_the_notes_give(built: Path) -> None:
    for stem in ("schedule", "schedule-berlin", "schedule-tokyo"):
        assert json_errors(built / f"{stem}.json") == [], stem
        assert xml_errors(built / f"{stem}.xml") == [], stem
    talks = frab_talks(built / "schedule-berlin.json")
    assert set(talks) == {
        "Saturday morning, summer time",
        "The first 02:30",
        "The second 02:30",
        "Sunday morning, winter time",
    }  # no time: no place in the format
    assert talks["The first 02:30"]["date"] == "2015-10-25T02:30:00+02:00"
    # it ends 30 minutes later: at 02:00 winter time (not at 03:00, its clock time + 30 min)
    assert talks["The first 02:30"]["end"] == "2015-10-25T02:00:00+01:00"
    assert talks["The second 02:30"]["date"] == "2015-10-25T02:30:00+01:00"
    assert talks["The second 02:30"]["end"] == "2015-10-25T03:15:00+01:00"
    saturday = talks["Saturday morning, summer time"]
    assert (saturday["room"], saturday["duration"], saturday["language"]) == (
        "Saal 1",
        "01:00",
        "de",
    )
    assert [p["name"] for p in saturday["persons"]] == ["Ada Example", "Bob Example"]
    assert saturday["links"] == [
        {"type": "slides", "url": "https://example.org/slides.pdf"},
        {"type": "media", "url": "https://example.org/video"},
    ]
    assert saturday["url"] == f"{BASEURL}berlin/saturday.html#talk-before-change"
    sunday = talks["Sunday morning, winter time"]
    assert (sunday["room"], sunday["type"], sunday["abstract"]) == ("", "", None)
    conference = json.loads((built / "schedule-berlin.json").read_text())["schedule"]
    assert conference["conference"]["time_zone_name"] == "Europe/Berlin"
    assert [d["date"] for d in conference["conference"]["days"]] == ["2015-10-24", "2015-10-25"]
    # the whole site: every talk with an instant (the floating one has none)
    assert len(frab_talks(built / "schedule.json")) == 5


@pytest.mark.sphinx("html", testroot="exports", freshenv=True, confoverrides=ABSOLUTE)
def test_the_xml_holds_the_same_talks_as_the_json(built: Path) -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(built / "schedule-berlin.xml").getroot()
    xml = {e.findtext("title"): e for e in root.iter("event")}
    json_talks = frab_talks(built / "schedule-berlin.json")
    assert set(xml) == set(json_talks)
    for title, event in xml.items():
        found = json_talks[title]
        assert event.get("guid") == found["guid"] and event.get("id") == str(found["id"])
        assert event.findtext("date") == found["date"]
        assert event.findtext("duration") == found["duration"]
        assert event.findtext("room") == found["room"]
        names = [p.text for p in event.iter("person")]
        assert names == [p["name"] for p in found["persons"]]
    version = json.loads((built / "schedule-berlin.json").read_text())["schedule"]["version"]
    assert root.findtext("version") == version


@pytest.mark.sphinx("html", testroot="exports", freshenv=True, confoverrides=ABSOLUTE)
def test_shownotes_json_holds_every_object_with_its_url(built: Path) -> None:
    assert shownotes_errors(built / "shownotes.json") == []
    data = json.loads((built / "shownotes.json").read_text("utf-8"))
    ids = {kind: [o["id"] for o in data[kind]] for kind in data if isinstance(data[kind], list)}
    assert ids["events"] == ["berlin", "tokyo"]
    assert ids["speakers"] == ["ada", "bob"] and ids["projects"] == ["clocks"]
    assert ids["checklists"] == ["clock-check"] and ids["checks"] == ["clock-check.offset"]
    assert set(ids["talks"]) == TIMED | {"untimed", "undated"}
    talk = next(t for t in data["talks"] if t["id"] == "repeated-second")
    assert (talk["start"], talk["utc_offset"], talk["start_utc"]) == (
        "02:30",
        "+01:00",
        "2015-10-25T01:30:00Z",
    )
    assert talk["url"] == f"{BASEURL}berlin/index.html#talk-repeated-second"
    assert talk["calendar"] == f"{BASEURL}_calendar/repeated-second.ics"
    untimed = next(t for t in data["talks"] if t["id"] == "untimed")
    assert (untimed["start_utc"], untimed["calendar"], untimed["duration"]) == (None, None, None)
    ada = data["speakers"][0]
    assert ada["bio"] == "Ada works on Clocks." and ada["talks"][0] == "before-change"
    check = data["checks"][0]
    assert check["if_not"] == "Set the zone to Clocks' own." and check["number"] == 1
    assert data["$schema"] == f"{BASEURL}shownotes.schema.json"
    assert (built / "shownotes.schema.json").read_bytes()  # written beside it


@pytest.mark.sphinx("html", testroot="exports", freshenv=True)
def test_urls_are_relative_without_html_baseurl(built: Path) -> None:
    data = json.loads((built / "shownotes.json").read_text("utf-8"))
    assert data["talks"][0]["url"] == "berlin/saturday.html#talk-before-change"
    event = vevents(calendar(built))["Saturday morning, summer time"]
    assert "url" not in event  # a calendar has no page to be relative to
    assert json_errors(built / "schedule.json") == []


@pytest.mark.sphinx("html", testroot="exports", freshenv=True)
def test_talk_and_speaker_pages_carry_schema_org_data(built: Path) -> None:
    talks = {d["name"]: d for d in linked_data(built, "berlin/index.html")}
    second = talks["The second 02:30"]
    assert second["@type"] == "Event" and second["@context"] == "https://schema.org"
    assert (second["startDate"], second["endDate"]) == (
        "2015-10-25T02:30:00+01:00",
        "2015-10-25T03:15:00+01:00",
    )
    assert second["url"] == "#talk-repeated-second"
    assert second["performer"] == [
        {"@type": "Person", "name": "Bob Example", "url": "../people.html#speaker-bob"}
    ]
    assert second["location"] == {"@type": "Place", "name": "Saal 2", "address": "Berlin, Germany"}
    assert second["superEvent"]["name"] == "Example Days Berlin"
    assert second["superEvent"]["url"] == "#event-berlin"
    assert talks["The first 02:30"]["endDate"] == "2015-10-25T02:00:00+01:00"
    assert talks["Some time on Sunday"]["startDate"] == "2015-10-25"  # the date alone
    assert "startDate" not in talks["Some day"]
    people = {d["name"]: d for d in linked_data(built, "people.html")}
    assert people["Ada Example"] == {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": "Ada Example",
        "url": "#speaker-ada",
        "jobTitle": "Engineer",
        "worksFor": {"@type": "Organization", "name": "Example Org"},
        "description": "Ada works on Clocks.",
        "email": "ada@example.org",
        "sameAs": ["https://example.org/ada", "https://mastodon.social/@ada"],
    }
    assert people["Bob Example"]["url"] == "#speaker-bob" and "sameAs" not in people["Bob Example"]
