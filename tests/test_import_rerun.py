"""Re-running an import: nothing changes for an unchanged source, and every line the author
wrote stays, byte for byte, when the source changes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from importing import FIXTURES, run_import, snapshot

NOTE_101 = "My notes on the opening.   \n\n:::{note}\nThe author's own directive.\n:::\n"
NOTE_102 = "Bring a *fire extinguisher*.\n"
NOTE_103 = "Notes on a talk that will be cancelled.\n"
NOTE_SPEAKER = "Met Ada at the bar.\n"
INTRO = "The author's introduction to the first day.\n"


def frab() -> dict:
    return json.loads((FIXTURES / "frab-small.json").read_text("utf-8"))


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), "utf-8")
    return path


def talks(data: dict) -> dict[int, dict]:
    days = data["schedule"]["conference"]["days"]
    return {int(t["id"]): t for d in days for room in d["rooms"].values() for t in room}


def add_after_block(page: Path, marker: str, text: str) -> None:
    """Put ``text`` right after the end line of the block whose begin line holds ``marker``."""
    lines = page.read_text("utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if marker in line and "begin" in line)
    end = next(i for i in range(start, len(lines)) if lines[i] == "% shownotes-import end")
    lines.insert(end + 1, "\n" + text)
    page.write_text("\n".join(lines), "utf-8")


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    source = write(tmp_path / "schedule.json", frab())
    into = tmp_path / "site" / "sched"
    assert run_import(capsys, source, "--into", into).code == 0
    return source, into


def test_unchanged_source_changes_no_byte(imported, capsys):
    source, into = imported
    before = snapshot(into)
    mtimes = {p: p.stat().st_mtime_ns for p in into.rglob("*.md")}
    run = run_import(capsys, source, "--into", into)
    assert run.code == 0, run.err
    assert "changed 0 pages" in run.out
    assert snapshot(into) == before
    assert {p: p.stat().st_mtime_ns for p in into.rglob("*.md")} == mtimes


def author_edits(into: Path) -> None:
    day1 = into / "tinycon" / "2030-03-30.md"
    add_after_block(day1, "begin talk tinycon-101", NOTE_101)
    add_after_block(day1, "begin talk tinycon-102", NOTE_102)
    add_after_block(day1, "begin talk tinycon-103", NOTE_103)
    add_after_block(day1, "begin page tinycon/2030-03-30", INTRO)
    add_after_block(into / "speakers" / "index.md", "begin speaker ada-example", NOTE_SPEAKER)


def changed_source(source: Path) -> None:
    data = frab()
    by_id = talks(data)
    by_id[101]["room"] = "Hall C"
    by_id[101]["title"] = "Opening, renamed"
    days = data["schedule"]["conference"]["days"]
    days[0]["rooms"]["Hall B"] = []  # talk 103 is gone
    moved = by_id[102]  # 102 moves to the second day
    days[0]["rooms"]["Hall A"].remove(moved)
    moved["date"] = "2030-03-31T14:00:00+02:00"
    days[1]["rooms"]["Hall A"].append(moved)
    new = copy.deepcopy(by_id[104]) | {"id": 105, "guid": "00000000-0000-4000-8000-000000000105"}
    new |= {"title": "A new talk", "date": "2030-03-31T16:00:00+02:00", "start": "16:00"}
    days[1]["rooms"]["Hall A"].append(new)
    write(source, data)


def test_changed_source_keeps_every_line_of_the_author(imported, capsys):
    source, into = imported
    author_edits(into)
    changed_source(source)
    run = run_import(capsys, source, "--into", into)
    assert run.code == 0, run.err
    day1 = (into / "tinycon" / "2030-03-30.md").read_text("utf-8")
    day2 = (into / "tinycon" / "2030-03-31.md").read_text("utf-8")
    speakers = (into / "speakers" / "index.md").read_text("utf-8")
    # The notes, byte for byte, each once; 102's notes moved with it to the second day.
    assert day1.count(NOTE_101) == 1 and day1.count(INTRO) == 1
    assert NOTE_102 not in day1 and day2.count(NOTE_102) == 1
    assert speakers.count(NOTE_SPEAKER) == 1
    # The generated parts follow the source; the ids do not change with the title.
    assert ":room: Hall C" in day1 and "## Opening\\, renamed" in day1
    assert "::::{talk} tinycon-101" in day1 and "{talk} tinycon-102" in day2
    assert "{talk} tinycon-105" in day2 and "A new talk" in day2
    # The removed talk keeps its section and its notes, and the user is told.
    assert "{talk} tinycon-103" in day1 and day1.count(NOTE_103) == 1
    assert "talk tinycon-103 is no longer in the source" in run.err
    # The notes follow their own talk's block.
    assert (
        day1.index("{talk} tinycon-101") < day1.index(NOTE_101) < day1.index("{talk} tinycon-103")
    )
    assert day2.index("{talk} tinycon-102") < day2.index(NOTE_102) < day2.index("tinycon-105")
    # And a second run of the changed source changes nothing more.
    before = snapshot(into)
    assert "changed 0 pages" in run_import(capsys, source, "--into", into).out
    assert snapshot(into) == before


def test_a_block_edited_by_hand_is_kept_and_reported(imported, capsys):
    source, into = imported
    day2 = into / "tinycon" / "2030-03-31.md"
    text = day2.read_text("utf-8").replace(":room: Hall A", ":room: Hall A (upstairs)")
    day2.write_text(text, "utf-8")
    data = frab()
    talks(data)[104]["title"] = "Panel: the future, again"
    write(source, data)
    run = run_import(capsys, source, "--into", into)
    assert run.code == 0
    assert day2.read_text("utf-8") == text
    assert "talk tinycon-104 was edited by hand: kept as it is" in run.err


def test_dry_run_prints_a_diff_and_writes_nothing(imported, capsys):
    source, into = imported
    before = snapshot(into)
    data = frab()
    talks(data)[104]["room"] = "Hall Z"
    write(source, data)
    run = run_import(capsys, source, "--into", into, "--dry-run")
    assert run.code == 0
    assert snapshot(into) == before
    assert "--- a/tinycon/2030-03-31.md" in run.out and "+++ b/tinycon/2030-03-31.md" in run.out
    assert "-:room: Hall A" in run.out and "+:room: Hall Z" in run.out
    assert "would change 1 page" in run.out


def test_dry_run_of_a_first_import_writes_no_folder(tmp_path, capsys):
    into = tmp_path / "new"
    run = run_import(capsys, FIXTURES / "frab-small.json", "--into", into, "--dry-run")
    assert run.code == 0 and not into.exists()
    assert "+++ b/tinycon/index.md" in run.out and "--- /dev/null" in run.out


def test_a_page_whose_talks_all_moved_away_is_removed(imported, capsys):
    source, into = imported
    data = frab()
    days = data["schedule"]["conference"]["days"]
    moved = days[1]["rooms"]["Hall A"].pop()  # the second day's only talk moves to the first
    moved["date"] = "2030-03-30T15:00:00+01:00"
    days[0]["rooms"]["Hall A"].append(moved)
    write(source, data)
    day2 = into / "tinycon" / "2030-03-31.md"
    add_after_block(day2, "begin talk tinycon-104", "Notes that move.\n")
    run = run_import(capsys, source, "--into", into, "--dry-run")
    assert "+++ /dev/null" in run.out and day2.exists()
    run = run_import(capsys, source, "--into", into)
    assert run.code == 0 and not day2.exists()
    assert "Notes that move." in (into / "tinycon" / "2030-03-30.md").read_text("utf-8")
    assert "\n2030-03-31\n" not in (into / "tinycon" / "index.md").read_text("utf-8")


def test_a_page_that_holds_the_authors_text_is_kept(imported, capsys):
    source, into = imported
    data = frab()
    days = data["schedule"]["conference"]["days"]
    moved = days[1]["rooms"]["Hall A"].pop()
    moved["date"] = "2030-03-30T15:00:00+01:00"
    days[0]["rooms"]["Hall A"].append(moved)
    write(source, data)
    day2 = into / "tinycon" / "2030-03-31.md"
    add_after_block(day2, "begin page tinycon/2030-03-31", "A day I want to keep.\n")
    run = run_import(capsys, source, "--into", into)
    assert run.code == 0 and "A day I want to keep." in day2.read_text("utf-8")
    assert "{talk} tinycon-104" not in day2.read_text("utf-8")
    assert "no longer imported, kept" in run.err
    assert "\n2030-03-31\n" in (into / "tinycon" / "index.md").read_text("utf-8")
