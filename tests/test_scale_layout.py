"""Pages of a large import (issue 16): events on year pages, and ``event-index``'s ``:year:``."""

from __future__ import annotations

import re

import pytest
from shownotes.derived import Derived
from shownotes.importers import layout
from shownotes.importers.merge import merge
from shownotes.importers.records import Event, Schedule, Speaker, Talk
from shownotes.model import Event as EventRecord
from shownotes.rows import event_index
from shownotes.validate import BadValue, check_year


def schedule(events: int) -> Schedule:
    """``events`` events (one a year from 2000, the last undated), a talk and a speaker each."""
    out = Schedule()
    for n in range(events):
        start = f"{2000 + n % 20}-0{1 + n % 9}-01" if n < events - 1 else ""
        out.events.append(Event(f"e:{n}", f"ev-{n}", f"Event {n}", start=start, end=start))
        out.talks.append(
            Talk(
                f"t:{n}",
                f"t-{n}",
                f"e:{n}",
                f"Talk {n}",
                day=start,
                date=start,
                speakers=(f"s:{n}",),
                order=(start, str(n)),
            )
        )
        out.speakers.append(Speaker(f"s:{n}", f"Speaker {n}", (f"s:{n}",)))
    return out  # fmt: skip


def pages_of(events: int) -> dict[str, str]:
    """The pages an import of :func:`schedule` writes."""
    sched = schedule(events)
    ids = {
        "event": {e.key: e.hint for e in sched.events},
        "talk": {t.key: t.hint for t in sched.talks},
        "speaker": {s.key: f"sp-{i}" for i, s in enumerate(sched.speakers)},
    }
    files = merge(layout.plan(sched, ids, "en", "Events"), {}).files
    return {path: text for path, text in files.items() if text is not None}


def toctree_entries(text: str) -> list[str]:
    """The entries of every toctree of a page."""
    trees = re.findall(r"```\{toctree\}\n(.*?)```", text, re.S)
    return [ln for tree in trees for ln in tree.splitlines() if ln and not ln.startswith(":")]


def test_few_events_are_listed_on_the_index() -> None:
    pages = pages_of(layout.EVENTS_PER_PAGE)
    assert ":::{event-index}\n:::" in pages["index.md"]
    assert len(toctree_entries(pages["index.md"])) == layout.EVENTS_PER_PAGE + 1  # + speakers
    assert not [p for p in pages if re.fullmatch(r"\d{4}\.md|undated\.md", p)]


def test_many_events_go_on_year_pages_and_no_toctree_lists_them_all() -> None:
    events = 3 * layout.EVENTS_PER_PAGE
    pages = pages_of(events)
    years = [f"{2000 + n}" for n in range(19, -1, -1)] + ["undated"]
    assert toctree_entries(pages["index.md"]) == [*years, "speakers/index"]  # newest first
    assert "event-index" not in pages["index.md"]
    listed = []
    for year in years:
        page = pages[f"{year}.md"]
        assert f":::{{event-index}}\n:year: {year}\n:::" in page
        listed += toctree_entries(page)
    assert sorted(listed) == sorted(f"ev-{n}/index" for n in range(events))
    assert max(len(toctree_entries(text)) for text in pages.values()) < events // 2
    assert toctree_entries(pages["undated.md"]) == [f"ev-{events - 1}/index"]


def year_events() -> Derived:
    def event(oid: str, start: str) -> EventRecord:
        return EventRecord(oid, oid, 1, f"event-{oid}", name=oid, start=start, end=start)

    events = [event("a", "2019-05-01"), event("b", "2019-09-01"), event("c", "2020-01-01")]
    return Derived(events={e.id: e for e in [*events, event("d", "")]})


@pytest.mark.parametrize(
    ("year", "expected"),
    [("2019", ["b", "a"]), ("2020", ["c"]), ("2021", []), ("undated", ["d"])],
)
def test_event_index_year_filter(year: str, expected: list[str]) -> None:
    assert [r.link.id for r in event_index(year_events(), {"year": year})] == expected


@pytest.mark.parametrize("value", ["19", "2019-01", "twenty", "", "Undated"])
def test_bad_year_is_refused(value: str) -> None:
    with pytest.raises(BadValue):
        check_year(value)
