"""A real frab export, imported (``shownotes import``), built and exported, gives back its talks:
title, start as an instant, duration, room and persons, for every talk (frab-camp2019.json, a
frab JSON export; 31C3's schedule.xml, a frab XML export). The exported files are valid."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from exporting import json_errors, schedules, xml_errors
from helpers import warnings_of
from importing import run_import

CONF = 'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
INDEX = "# Site\n\n```{toctree}\nsched/index\n```\n"
#: A talk as both files tell it: title, start (UTC seconds), minutes, room, persons.
Talk = tuple[str, float, int, str, tuple[str, ...]]


def words(text: str | None) -> str:
    return " ".join((text or "").split())


def minutes(duration: str) -> int:
    hours, mins = duration.split(":")[:2]
    return int(hours) * 60 + int(mins)


def json_talks(path: Path) -> Counter[Talk]:
    data = json.loads(path.read_text("utf-8"))
    found: Counter[Talk] = Counter()
    for day in data["schedule"]["conference"]["days"]:
        for talks in day["rooms"].values():
            for talk in talks:
                names = tuple(words(p.get("public_name") or p.get("name")) for p in talk["persons"])
                start = datetime.fromisoformat(talk["date"]).timestamp()
                found[
                    words(talk["title"]), start, minutes(talk["duration"]), talk["room"], names
                ] += 1
    return found


def xml_talks(path: Path) -> Counter[Talk]:
    found: Counter[Talk] = Counter()
    for talk in ET.parse(path).getroot().iter("event"):
        names = tuple(words(person.text) for person in talk.iter("person"))
        start = datetime.fromisoformat(talk.findtext("date") or "").timestamp()
        key = (words(talk.findtext("title")), start, minutes(talk.findtext("duration") or ""))
        found[(*key, talk.findtext("room") or "", names)] += 1
    return found


@pytest.mark.parametrize(
    ("source", "read", "errors"),
    [
        ("voc-schedule/json__examples__frab-camp2019.json", json_talks, json_errors),
        ("frab-31c3/schedule.xml", xml_talks, xml_errors),
    ],
    ids=["frab-json", "frab-xml"],
)
def test_import_build_export_gives_back_every_talk(
    make_app, tmp_path, capsys, source, read, errors
):
    original = schedules() / source
    site = tmp_path / "site"
    site.mkdir()
    (site / "conf.py").write_text(CONF)
    (site / "index.md").write_text(INDEX)
    run = run_import(capsys, original, "--into", site / "sched")
    assert run.code == 0, run.err
    app = make_app("html", srcdir=site, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    exported = Path(app.outdir) / f"schedule{original.suffix}"
    assert errors(exported) == []
    expected = read(original)
    assert len(expected) > 70
    assert read(exported) == expected
