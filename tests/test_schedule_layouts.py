"""The schedule's layouts: the list (a heading per day, in the site's language, over a table)
and the grid (a tab per day, rooms as columns, start times as rows, talks spanning their
duration); LaTeX and text read the grid as the list."""

from __future__ import annotations

import shutil

import pytest
from harness import html_problems
from helpers import schedule_rows, schedules, soup, texts, warnings_of
from shownotes.render.gridlayout import layout
from shownotes.rows import Link, TalkRow
from sphinx.testing.util import SphinxTestApp


def talk(tid: str, start: str, duration: int | None, room: str = "") -> TalkRow:
    return TalkRow(Link("talk", tid, "d", tid, tid), "", "2099-01-01", start, duration, room, ())


def test_overlapping_talks_in_one_room_get_a_second_column_of_it() -> None:
    grid = layout([talk("a", "09:00", 60, "A"), talk("b", "09:30", 30, "A"),
                   talk("c", "09:00", 30, "B")])  # fmt: skip
    assert grid.rooms == ("A", "A", "B")
    assert grid.times == (540, 570)  # 09:00, 09:30 (10:00 ends everything: no row)
    placed = {p.talk.link.id: (p.row, p.column, p.rows, p.columns) for p in grid.talks}
    assert placed == {"a": (0, 0, 2, 1), "b": (1, 1, 1, 1), "c": (0, 2, 1, 1)}


def test_a_talk_without_room_spans_every_room_and_untimed_ones_are_left_out() -> None:
    grid = layout([talk("key", "09:00", 30), talk("a", "09:30", None, "A"),
                   talk("b", "09:30", 15, "B"), talk("later", "", None, "A")])  # fmt: skip
    assert grid.rooms == ("A", "B")
    assert [(p.talk.link.id, p.columns) for p in grid.talks] == [("key", 2), ("a", 1), ("b", 1)]


def test_a_day_without_rooms_is_one_column() -> None:
    grid = layout([talk("x", "09:00", None), talk("y", "10:00", 20)])
    assert grid.rooms == ("",) and grid.times == (540, 600)


@pytest.fixture
def page(app: SphinxTestApp):
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    assert html_problems(app.outdir, theme_limits=False) == []  # ids once, links resolve (furo)
    return soup(app.outdir, "schedule")


@pytest.mark.sphinx("html", testroot="grid", freshenv=True)
def test_grid_has_a_tab_per_day_rooms_as_columns_and_spans(page) -> None:
    grid, listing = schedules(page)
    assert texts(grid.select(".sd-tab-set > label")) == ["Mon, Mar 2", "Tue, Mar 3"]
    assert grid.select_one(".sd-tab-set > input")["type"] == "radio"  # arrow keys switch days
    first = grid.select("table.shownotes-grid")[0]
    tab = first.find_parent(class_="sd-tab-content")
    assert tab.find(class_="shownotes-day-heading").get_text(strip=True) == "Monday, March 2, 2099"
    assert texts(first.find("thead").find_all("th")) == ["Time", "Room A", "Room B"]
    rows = first.find("tbody").find_all("tr")
    assert [r.find("th").get_text(strip=True) for r in rows] == [
        "09:00", "09:45", "10:00", "10:30", "11:00", "12:00", "14:00"
    ]  # fmt: skip
    cell = {td.find("a").get_text(strip=True): td for td in first.select("td.shownotes-grid-talk")}
    opening = cell["Opening keynote: a long title that has to wrap on a phone screen"]
    assert opening["colspan"] == "2"  # no room: it spans both
    assert cell["Rust in production"]["rowspan"] == "2"  # 10:00-11:00 spans 10:00 and 10:30
    assert cell["Lunch"]["colspan"] == "2"
    assert "10:00\u201311:00" in cell["Rust in production"].get_text()
    assert "Room A" in cell["Rust in production"].get_text()  # shown on narrow screens
    assert rows[1].select("td.shownotes-grid-gap")  # 09:45-10:00: nothing on
    assert texts(grid.select(".shownotes-grid-untimed a")) == ["A hallway chat", "Ada Example"]
    assert [r[0] for r in schedule_rows(listing)][::4] == [
        "Monday, March 2, 2099", "Monday, March 2, 2099", "Tuesday, March 3, 2099"
    ]  # fmt: skip


@pytest.mark.sphinx("html", testroot="grid", freshenv=True, confoverrides={"language": "ja"})
def test_tabs_and_headings_name_the_days_in_the_site_language(page) -> None:
    grid, listing = schedules(page)
    assert texts(grid.select(".sd-tab-set > label")) == ["3月2日(月)", "3月3日(火)"]
    assert schedule_rows(listing)[0][0] == "2099年3月2日月曜日"


@pytest.mark.sphinx("latex", testroot="grid", freshenv=True)
def test_latex_reads_the_grid_as_the_list(app: SphinxTestApp) -> None:
    app.build()
    tex = (app.outdir / "grid.tex").read_text("utf-8")
    schedule = tex[tex.index("{Grid}") : tex.index("{List}")]
    assert "sd-tab" not in schedule and schedule.count("\\begin{longtable}") == 2
    assert "Monday, March 2, 2099" in schedule and "Tuesday, March 3, 2099" in schedule


@pytest.mark.sphinx("text", testroot="grid", freshenv=True)
def test_text_reads_the_grid_as_the_list(app: SphinxTestApp) -> None:
    app.build()
    text = (app.outdir / "schedule.txt").read_text("utf-8")
    grid, listing = text.split("List\n====")
    assert grid.split("Grid\n====")[1].strip() == listing.strip()
    assert "-[ Monday, March 2, 2099 ]-" in listing
    assert "* 10:00 (60 min): *Rust in production* \u2013 *Kim Example* (talk, Room A)" in listing


def test_a_bad_layout_is_a_warning(make_app, tmp_path) -> None:
    (tmp_path / "conf.py").write_text('extensions = ["myst_parser", "shownotes"]\n'
                                      'myst_enable_extensions = ["colon_fence"]\n')  # fmt: skip
    (tmp_path / "index.md").write_text("# T\n\n:::{schedule}\n:layout: table\n:::\n")
    app = make_app("html", srcdir=tmp_path, freshenv=True)
    app.build()
    (warning,) = warnings_of(app.warning.getvalue())
    assert "index.md:3" in warning and "layout 'table' is not one of list, grid" in warning
    assert "[shownotes.bad-filter]" in warning


@pytest.mark.sphinx("epub", testroot="grid", freshenv=True)
def test_epub_reads_the_grid_as_the_list(app: SphinxTestApp) -> None:
    """epub readers run no tabs, and sphinx-design's tab inputs are not valid XHTML."""
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    raw = (app.outdir / "schedule.xhtml").read_text("utf-8")
    assert "<input" not in raw and "shownotes-grid" not in raw
    assert raw.count('class="shownotes-schedule-day') == 4  # two days in each of the two


def test_furo_schedule_table_ids_are_unique(make_app, rootdir, tmp_path) -> None:
    """furo wraps every table in a div that copies the table's ids: no schedule table carries
    one (the schedule's anchor is on its box), so no id is on the page twice."""
    srcdir = tmp_path / "core"
    shutil.copytree(rootdir / "test-core", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True, confoverrides={"html_theme": "furo"})
    app.build()
    assert html_problems(app.outdir, theme_limits=False) == []
