"""Each format read into records: the real exports of ../shared/data and small fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from importing import FIXTURES
from shownotes.importers.identity import merge_speakers
from shownotes.importers.records import Options, Schedule
from shownotes.importers.sources import read_source
from tools import require_data

REAL = {
    "voc-schedule/json__examples__frab-camp2019.json": (79, 90, "camp2019"),
    "voc-schedule/json__examples__pretalx-rc3.json": (48, 56, "rc3-channels-2020"),
    "voc-schedule/json__examples__pretalx-democon.json": (36, 27, "democon"),
    "voc-schedule/json__examples__hub-schedule2.json": (2, 3, "38c3"),
    "frab-31c3/schedule.xml": (138, 197, "31c3"),
    "sessionize-global-azure-austria/Y2024-sessionize.json": (15, 16, "y2024-sessionize"),
    "sessionize-global-azure-austria/Y2025-sessionize.json": (13, 11, "y2025-sessionize"),
    "pyvideo/pycon-jp-2019": (52, 50, "pycon-jp-2019"),
    "pyvideo/europython-2019": (119, 129, "europython-2019"),
    "pyvideo/pycon-fr-2025": (56, 64, "pycon-fr-2025"),
}


def read(*paths: Path, fmt: str = "auto", **options: str) -> Schedule:
    schedule = Schedule()
    for path in paths:
        read_source(path, fmt, Options(**options), schedule, lambda n: None)
    merge_speakers(schedule)
    return schedule


@pytest.mark.parametrize("relative", sorted(REAL))
def test_every_real_export_reads(relative):
    path = require_data(f"schedules/{relative}")
    talks, speakers, event = REAL[relative]
    schedule = read(path)
    assert (len(schedule.talks), len(schedule.speakers)) == (talks, speakers)
    assert [e.hint.lower() for e in schedule.events] == [event]
    assert all(t.title and t.key for t in schedule.talks)
    assert len({t.key for t in schedule.talks}) == talks


def test_lenient_real_exports_are_noted_not_refused():
    path = require_data("schedules/voc-schedule/json__examples__invalid-example.json")
    schedule = read(path)
    assert len(schedule.talks) == 1 and schedule.talks[0].hint == "winterchaos2022-2814"


def test_frab_times_kinds_tags_links():
    schedule = read(FIXTURES / "frab-small.json")
    by_id = {t.hint: t for t in schedule.talks}
    opening = by_id["tinycon-101"]
    assert (opening.date, opening.start, opening.utc_offset) == ("2030-03-30", "10:00", "")
    assert (opening.kind, opening.tags, opening.duration) == ("keynote", ("Main, and more",), 45)
    assert opening.slides == "https://example.org/slides/101.pdf"
    assert "Website: www.example.org/nolink" in opening.links.body  # shown, not linked
    assert (by_id["tinycon-102"].kind, by_id["tinycon-104"].kind) == ("workshop", "panel")
    late = by_id["tinycon-103"]  # after midnight: its own date, on the first day's page
    assert (late.day, late.date, late.start, late.kind) == ("2030-03-30", "2030-03-31", "01:30", "")
    assert late.tags == ("Performance",)  # an unknown type is a tag
    assert [s.name for s in schedule.speakers] == ["Ada Example", "Björn Exämple", "Chidi Example"]


def test_frab_xml_reads_like_json():
    (talk,) = read(FIXTURES / "frab-small.xml").talks
    assert (talk.title, talk.key) == (
        "Tiny & <XML>",
        "frab:tinyxml:11111111-2222-4333-8444-555555555555",
    )
    assert (talk.subtitle, talk.abstract.body) == ("A subtitle", "Das <b>Abstract</b>.")
    assert talk.start == "10:00" and talk.utc_offset == "+02:00"  # no zone named: offset kept


def test_offsets_where_the_wall_clock_disagrees_or_repeats():
    from datetime import datetime

    from shownotes.importers.times import wall_clock, zone

    berlin = zone("Europe/Berlin")
    first = datetime.fromisoformat("2030-10-27T02:30:00+02:00")
    second = datetime.fromisoformat("2030-10-27T02:30:00+01:00")
    assert wall_clock(first, berlin).offset == "+02:00"  # the hour that repeats
    assert wall_clock(second, berlin).offset == "+01:00"
    plain = datetime.fromisoformat("2030-10-27T10:30:00+01:00")
    assert (wall_clock(plain, berlin).start, wall_clock(plain, berlin).offset) == ("10:30", "")
    utc = zone("UTC")  # pretalx's democon: zone UTC, times at +01:00
    assert wall_clock(plain, utc).offset == "+01:00" and wall_clock(plain, utc).start == "10:30"


def test_democon_keeps_the_source_instant():
    path = require_data("schedules/voc-schedule/json__examples__pretalx-democon.json")
    schedule = read(path)
    assert schedule.events[0].timezone == "UTC"
    assert {t.utc_offset for t in schedule.talks} == {"+01:00"}


def test_timezone_fills_in_only():
    path = require_data("schedules/voc-schedule/json__examples__pretalx-rc3.json")
    assert {t.utc_offset for t in read(path).talks} == {"+01:00"}
    filled = read(path, timezone="Europe/Berlin")
    assert filled.events[0].timezone == "Europe/Berlin"
    assert {t.utc_offset for t in filled.talks} == {""}
    kept = read(FIXTURES / "frab-small.json", timezone="Asia/Tokyo")
    assert kept.events[0].timezone == "Europe/Berlin"
    assert any("fills in only" in note for note in kept.notes)


def test_sessionize_fixture():
    schedule = read(FIXTURES / "sessionize-small.json", timezone="Europe/Vienna")
    event = schedule.events[0]
    assert (event.name, event.timezone, event.start) == (
        "sessionize-small",
        "Europe/Vienna",
        "2032-10-27",
    )
    first, second = sorted(schedule.talks, key=lambda t: t.order)
    assert [t.title for t in schedule.talks] == ["Cloud things", "Second talk"]  # no lunch
    assert (first.start, first.duration, first.kind, first.room) == (
        "02:30",
        45,
        "talk",
        "Room One",
    )
    assert first.video == "https://www.youtube.com/watch?v=abc"
    assert (second.kind, second.tags) == ("lightning", ("Advanced really",))
    eve = next(s for s in schedule.speakers if s.name == "Eve Example")
    assert (eve.role, eve.links, eve.photo) == (
        "Cloud person at Example Corp",
        ("https://eve.example.org/",),
        "",
    )
    linked = read(FIXTURES / "sessionize-small.json", photos="link")
    assert any(s.photo == "https://example.org/eve.jpg" for s in linked.speakers)


def test_sessionize_speakers_of_two_years_are_one():
    base = require_data("schedules/sessionize-global-azure-austria")
    schedule = read(base / "Y2024-sessionize.json", base / "Y2025-sessionize.json")
    names = [s.name for s in schedule.speakers]
    assert names.count("Rainer Stropek") == 1 and names.count("Katharina Sick") == 1
    assert len(names) == len(set(names)) == 16 + 11 - 4


def test_pyvideo_root_skips_no_publish():
    schedule = read(FIXTURES / "pyvideo-data")
    assert sorted(t.title for t in schedule.talks) == ["First talk", "二番目の発表"]
    assert any("1 video(s) listed in NO_PUBLISH.json left out" in n for n in schedule.notes)
    first = next(t for t in schedule.talks if t.title == "First talk")
    assert (first.date, first.day, first.start, first.duration) == (
        "2020-07-01",
        "2020-07-01",
        "",
        30,
    )
    assert first.tags == ("web apps", "python")
    assert first.slides == "https://example.org/slides.pdf"
    assert "https://tiny.example.org/relative/page" in first.links.body
    assert first.abstract.markup == "rst"
    assert [s.name for s in schedule.speakers] == ["山田太郎 /Taro YAMADA", "Ada Example"]


def test_pyvideo_catalogue_event_skips_no_publish_from_the_data_root(tmp_path):
    import shutil

    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "pyvideo-data", root)
    schedule = read(root / "tiny-conf-2020")  # one event, NO_PUBLISH.json one folder up
    assert "Do not publish" not in [t.title for t in schedule.talks]


def test_one_name_two_ids_in_one_source_are_two_speakers_unless_spelt_alike(tmp_path):
    import json

    data = json.loads((FIXTURES / "frab-small.json").read_text("utf-8"))
    days = data["schedule"]["conference"]["days"]
    talks = [t for d in days for room in d["rooms"].values() for t in room]
    talks[0]["persons"] = [{"id": 1, "public_name": "Mo"}, {"id": 7, "public_name": "mo"}]
    talks[1]["persons"] = [{"id": 8, "public_name": "Mo"}]  # spelt alike: the same person
    (tmp_path / "a.json").write_text(json.dumps(data))
    other = json.loads(json.dumps(data))
    other["schedule"]["conference"]["acronym"] = "othercon"
    (tmp_path / "b.json").write_text(json.dumps(other))
    one = read(tmp_path / "a.json")
    assert sorted(s.name for s in one.speakers if s.name.lower() == "mo") == ["Mo", "mo"]
    both = read(tmp_path / "a.json", tmp_path / "b.json")  # across events, "Mo" is "Mo"
    assert sorted(s.name for s in both.speakers if s.name.lower() == "mo") == ["Mo", "mo"]
    mo = next(s for s in both.speakers if s.name == "Mo")
    assert {"frab:tinycon:person:1", "frab:tinycon:person:8", "frab:othercon:person:1"} <= set(
        mo.keys
    )


def test_the_sites_kinds_are_read_from_conf_py_without_running_it(tmp_path, capsys):
    from importing import run_import

    (tmp_path / "conf.py").write_text(
        'import sys\nsys.exit("conf.py was run")\nshownotes_talk_kinds = ["keynote", "hallway"]\n'
    )
    run = run_import(capsys, FIXTURES / "frab-small.json", "--into", tmp_path / "sched")
    assert run.code == 0
    line = next(li for li in run.err.splitlines() if "does not allow" in li)
    assert "the kind(s) panel, workshop;" in line
    assert line.endswith("shownotes_talk_kinds = ['keynote', 'hallway', 'panel', 'workshop']")
    (tmp_path / "conf.py").write_text("extensions = []\n")  # the defaults allow them all
    run = run_import(capsys, FIXTURES / "frab-small.json", "--into", tmp_path / "sched")
    assert "does not allow" not in run.err


def test_pyvideo_duration_over_a_week_is_left_out_with_a_note(tmp_path):
    """pyvideo has videos whose duration (in seconds) is weeks long: the extension would
    warn at every one of them (bad-duration); the importer leaves it out and says so."""
    import json
    import shutil

    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "pyvideo-data", root)
    video = root / "tiny-conf-2020" / "videos" / "first-talk.json"
    raw = json.loads(video.read_text("utf-8"))
    raw["duration"] = 24352 * 60
    video.write_text(json.dumps(raw), "utf-8")
    schedule = read(root)
    first = next(t for t in schedule.talks if t.title == "First talk")
    assert first.duration is None
    assert any("first-talk.json" in n and "longer than a week" in n for n in schedule.notes)
