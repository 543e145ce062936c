"""Unit tests of the pure layer (no Sphinx): validation, event membership, derived indexes and
listing rows, on small hand-made records (in the style of sphinxcontrib-bibtex's unit tests)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from shownotes.derived import derive, reading_order
from shownotes.membership import Membership, toctree_parents
from shownotes.model import Event, Mention, Project, Record, Speaker, Talk
from shownotes.nodeutil import host_label, time_and_duration, when_text
from shownotes.rows import (
    event_index,
    project_index,
    schedule,
    speaker_gallery,
    speaker_talks,
    tag_index,
    talk_event,
)
from shownotes.timeinfo import utc_instant
from shownotes.validate import (
    BadValue,
    check_date,
    check_date_range,
    check_duration,
    check_id,
    check_start,
    check_time,
    check_timezone,
    check_url,
)

# -- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        (check_id, " egle-sigler ", "egle-sigler"),
        (check_id, "2015-keynote", "2015-keynote"),
        (check_date, "2015-10-27", "2015-10-27"),
        (check_time, "09:00", "09:00"),
        (check_time, "23:59", "23:59"),
        (check_duration, " 45 ", 45),
        (check_url, "https://example.org/a?b=c", "https://example.org/a?b=c"),
        (check_url, "mailto:ada@example.org", "mailto:ada@example.org"),
        (check_timezone, "Asia/Tokyo", "Asia/Tokyo"),
        (check_timezone, "UTC", "UTC"),
    ],
)
def test_good_values_pass(check, value: str, expected: object) -> None:
    assert check(value) == expected


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (check_id, "Ada"),
        (check_id, "ada_example"),
        (check_id, "-ada"),
        (check_id, ""),
        (check_date, "27/10/2015"),
        (check_date, "2015-2-3"),
        (check_date, "2015-02-30"),
        (check_time, "9:00"),
        (check_time, "24:00"),
        (check_time, "9am"),
        (check_duration, "0"),
        (check_duration, "-5"),
        (check_duration, "1.5"),
        (check_url, "ftp://example.org/"),
        (check_url, "javascript:alert(1)"),
        (check_url, "https://example.org/a b"),
        (check_timezone, "JST"),
        (check_timezone, "asia/tokyo"),
        (check_timezone, "Asia"),
        (check_timezone, "../etc/passwd"),
        (check_timezone, "/etc/localtime"),
        (check_timezone, ""),
        (check_start, "9:00"),
        (check_start, "09:00+1:00"),
        (check_start, "09:00+15:00"),
        (check_start, "09:00 +01:00"),
        (check_start, "09:00Z"),
    ],
)
def test_bad_values_raise_bad_value(check, value: str) -> None:
    with pytest.raises(BadValue):
        check(value)


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [("2015-10-27", "2015-10-30", True), ("2015-10-27", "2015-10-27", True),
     ("2015-10-30", "2015-10-27", False), ("", "2015-10-27", True), ("2015-10-27", "", True)],
)  # fmt: skip
def test_an_event_ends_no_earlier_than_it_starts(start: str, end: str, ok: bool) -> None:
    if ok:
        check_date_range(start, end)
    else:
        with pytest.raises(BadValue):
            check_date_range(start, end)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("09:00", ("09:00", "")), ("02:30+01:00", ("02:30", "+01:00")),
     ("18:00-05:30", ("18:00", "-05:30")), (" 23:59+14:00 ", ("23:59", "+14:00"))],
)  # fmt: skip
def test_a_start_may_give_its_utc_offset(value: str, expected: tuple[str, str]) -> None:
    assert check_start(value) == expected


@pytest.mark.parametrize(
    ("date", "start", "offset", "zone", "expected"),
    [
        ("2015-10-27", "09:00", "", "Asia/Tokyo", "2015-10-27T00:00:00+00:00"),
        ("2015-10-25", "02:30", "", "Europe/Berlin", "2015-10-25T00:30:00+00:00"),  # 1st 02:30
        ("2015-10-25", "02:30", "+01:00", "Europe/Berlin", "2015-10-25T01:30:00+00:00"),
        ("2015-10-25", "03:30", "", "Europe/Berlin", "2015-10-25T02:30:00+00:00"),
        ("2015-03-29", "02:30", "", "Europe/Berlin", "2015-03-29T01:30:00+00:00"),  # skipped
        ("2016-11-06", "01:30", "", "America/Chicago", "2016-11-06T06:30:00+00:00"),
        ("2016-11-06", "01:30", "-06:00", "America/Chicago", "2016-11-06T07:30:00+00:00"),
        ("2015-10-27", "09:00", "-05:30", "", "2015-10-27T14:30:00+00:00"),  # offset, no zone
        ("2015-10-27", "09:00", "", "", None),  # neither: unknown
        ("2015-10-27", "", "", "Asia/Tokyo", None),
        ("", "09:00", "", "Asia/Tokyo", None),
    ],
)
def test_utc_instants(date, start, offset, zone, expected) -> None:
    found = utc_instant(date, start, offset, zone)
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://mastodon.social/@ada", "mastodon.social"),
        ("https://www.github.com/a", "github.com"),
        ("http://blog.example.org:8080/x", "blog.example.org"),
        ("mailto:a@example.org", "a@example.org"),
    ],
)
def test_links_show_their_host(url: str, label: str) -> None:
    assert host_label(url) == label


@pytest.mark.parametrize(
    ("args", "when", "time"),
    [(("2015-10-27", "09:00", 15, ""), "2015-10-27 09:00 (15 min)", "09:00 (15 min)"),
     (("2015-10-27", "", 15, ""), "2015-10-27 (15 min)", "(15 min)"),
     (("", "02:30", None, "+01:00"), "02:30 UTC+01:00", "02:30 UTC+01:00"),
     (("2015-10-27", "", None, ""), "2015-10-27", "")],
)  # fmt: skip
def test_when_and_time_texts(args, when: str, time: str) -> None:
    date, start, duration, offset = args
    assert when_text(date, start, duration, offset) == when
    assert time_and_duration(start, duration, offset) == time


# -- records --------------------------------------------------------------------------------------


def talk(tid: str, doc: str = "talks", line: int = 1, **fields: object) -> Talk:
    return Talk(tid, doc, line, f"talk-{tid}", title=f"Talk {tid}", **fields)  # type: ignore[arg-type]


def event(eid: str, doc: str = "", line: int = 1, **fields: object) -> Event:
    fields.setdefault("name", f"Event {eid}")
    return Event(eid, doc, line, f"event-{eid}", **fields)  # type: ignore[arg-type]


def objects(*records: Record) -> dict[str, dict[str, list[Record]]]:
    """The domain's ``objects`` of ``records`` (kind from the record's class)."""
    found: dict[str, dict[str, list[Record]]] = {
        "speaker": {}, "talk": {}, "project": {}, "checklist": {}, "check": {}, "event": {},
    }  # fmt: skip
    for record in records:
        found[type(record).__name__.lower()].setdefault(record.id, []).append(record)
    return found


def ids(rows: Iterable[object]) -> list[str]:
    return [row.link.id for row in rows]  # type: ignore[attr-defined]


# -- event membership -----------------------------------------------------------------------------


def test_toctree_parents_take_the_first_parent_in_reading_order() -> None:
    includes = {"index": ["a", "b"], "a": ["c"], "b": ["c", "d"], "d": ["d"]}
    order = reading_order("index", includes)
    assert order == {"index": 0, "a": 1, "c": 2, "b": 3, "d": 4}
    assert toctree_parents(includes, order) == {"a": "index", "b": "index", "c": "a", "d": "b"}


PARENTS = {"day1": "summit", "day2": "summit", "summit": "index", "loose": "index", "x": "y"}
EVENTS = [
    event("summit-2015", "summit", 3),
    event("second", "summit", 9),
    event("early", "day2", 5),
    event("late", "day2", 20),
]


@pytest.mark.parametrize(
    ("record", "default", "expected"),
    [
        (talk("opt", "day1", 4, event="elsewhere"), "", "elsewhere"),  # 1. its :event:
        (talk("after", "day2", 10), "", "early"),  # 2. the last event before it on its page
        (talk("last", "day2", 30), "", "late"),
        (talk("before", "day2", 2), "", "summit-2015"),  # 3. the page above's first event
        (talk("below", "day1", 2), "", "summit-2015"),
        (talk("on-page", "summit", 5), "", "summit-2015"),
        (talk("on-page-2", "summit", 15), "", "second"),
        (talk("top", "summit", 1), "default", "default"),  # 4. the site's default event
        (talk("loose", "loose", 1), "default", "default"),
        (talk("loose", "loose", 1), "", ""),  # 5. none
        (talk("cycle", "x", 1), "", ""),  # a page not in the toctree of the root
    ],
    ids=lambda v: v.id if isinstance(v, Talk) else None,
)
def test_a_talk_belongs_to_the_event_the_rules_give(
    record: Talk, default: str, expected: str
) -> None:
    assert Membership(EVENTS, PARENTS, default).of_talk(record) == expected


def test_membership_survives_a_toctree_cycle() -> None:
    members = Membership([event("e", "c", 1)], {"a": "b", "b": "a"}, "fallback")
    assert members.of_talk(talk("t", "a")) == "fallback"


@pytest.mark.parametrize(
    ("page", "expected"),
    [("summit", "summit-2015"), ("day2", "early"), ("day1", "summit-2015"), ("loose", "d")],
)
def test_a_page_belongs_to_its_first_event_else_the_inherited_one(page: str, expected: str) -> None:
    assert Membership(EVENTS, PARENTS, "d").of_page(page) == expected


def test_the_configured_event_declares_no_page() -> None:
    members = Membership([event("configured", "")], {"a": "index"}, "configured")
    assert members.by_page == {}


# -- derived indexes --------------------------------------------------------------------------


ORDER = {"index": 0, "speakers": 1, "talks": 2, "other": 3}


def test_first_declaration_wins_and_aliases_resolve() -> None:
    derived = derive(
        objects(
            Speaker("ada", "zzz", 1, "speaker-ada", name="Second"),
            Speaker("ada", "aaa", 9, "speaker-ada", name="First"),
            Project("neutron", "p", 1, "project-neutron", name="Neutron", aliases=("quantum",)),
            Project("quantum", "p", 9, "project-quantum", name="Quantum"),
        ),
        {},
        ORDER,
    )
    assert derived.winners["speaker"]["ada"].display_name == "First"
    assert derived.lookup("project", "quantum").display_name == "Quantum"  # an id beats an alias
    assert derived.aliases == {"quantum": "neutron"}
    assert derived.project_id("quantum") == "quantum"
    assert derived.lookup("speaker", "nobody") is None


def test_schedule_order_is_date_time_then_reading_order_untimed_last() -> None:
    derived = derive(
        objects(
            talk("late-day", date="2015-10-28", start="08:00"),
            talk("untimed", "talks", 1, date="2015-10-27"),
            talk("second", "other", 1, date="2015-10-27", start="09:00"),
            talk("first", "talks", 5, date="2015-10-27", start="09:00"),
            talk("no-date"),
        ),
        {},
        ORDER,
    )
    assert derived.schedule == ["first", "second", "untimed", "late-day", "no-date"]


def test_mentions_index_talks_and_pages() -> None:
    derived = derive(
        objects(
            talk("a", date="2015-10-27", start="10:00"),
            talk("b", date="2015-10-27", start="09:00"),
            Project("neutron", "p", 1, "project-neutron", aliases=("quantum",)),
        ),
        {
            "talks": [Mention("project", "quantum", "talks", 3, "a"),
                      Mention("project", "neutron", "talks", 4, "b")],
            "other": [Mention("project", "neutron", "other", 1, "")],
        },
        ORDER,
    )
    assert derived.talks_mentioning[("project", "neutron")] == ["b", "a"]
    assert derived.pages_mentioning[("project", "neutron")] == ["other", "talks"]


def test_every_talk_gets_its_event_and_each_event_its_talks() -> None:
    derived = derive(
        objects(
            event("summit", "summit", 1),
            talk("a", "summit", 5, date="2015-10-27"),
            talk("b", "loose", 1, date="2015-10-26"),
            talk("c", "loose", 2, event="summit"),
        ),
        {},
        {"index": 0, "summit": 1, "loose": 2},
        parents={"summit": "index", "loose": "index"},
        default_event=event("site"),
    )
    assert derived.talk_event == {"a": "summit", "b": "site", "c": "summit"}
    assert derived.talks_by_event == {"site": ["b"], "summit": ["a", "c"]}
    assert set(derived.events) == {"summit", "site"}
    assert derived.lookup("event", "site").drawn is False  # the configured one links too


# -- listing rows -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def conference():
    """Two events (one the configured default), three speakers, four talks, two projects."""
    return derive(
        objects(
            event("tokyo", "tokyo", 1, start="2015-10-27", place="Tokyo", timezone="Asia/Tokyo"),
            Speaker("ada", "people", 1, "speaker-ada", name="Ada", org="Rackspace"),
            Speaker("kim", "people", 2, "speaker-kim", name="Kim", org="yahoo japan"),
            Speaker("lee", "people", 3, "speaker-lee", name="Lee"),
            talk("keynote", "tokyo", 5, speakers=("ada", "kim"), kind="keynote",
                 date="2015-10-27", start="09:00", room="Hall", projects=("neutron",),
                 tags=("Networking", "cloud")),
            talk("breakout", "tokyo", 9, speakers=("kim",), kind="breakout",
                 date="2015-10-27", start="14:00", room="Room B", tags=("Zebra",)),
            talk("online", "online", 1, speakers=("ada", "ghost"), kind="keynote",
                 date="2016-03-01", tags=("networking", "NETWORKING")),
            talk("hallway", "tokyo", 12, speakers=("kim",), date="2015-10-27"),
            Project("neutron", "projects", 1, "project-neutron", name="Neutron", kind="openstack"),
            Project("ovs", "projects", 2, "project-ovs", name="Open vSwitch", kind="tool"),
        ),
        # (a talk's :projects: are mentions in it: the directive records them as such)
        {"online": [Mention("project", "ovs", "online", 3, "online")],
         "tokyo": [Mention("project", "neutron", "tokyo", 5, "keynote"),
                   Mention("project", "ovs", "tokyo", 20, "")]},
        {"index": 0, "people": 1, "tokyo": 2, "online": 3, "projects": 4},
        parents={"tokyo": "index", "online": "index", "people": "index"},
        default_event=event("site", start="2016-03-01", name="Online 2016"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["keynote", "breakout", "hallway", "online"]),
        ({"date": "2015-10-27"}, ["keynote", "breakout", "hallway"]),
        ({"kind": "KEYNOTE"}, ["keynote", "online"]),
        ({"room": "room b"}, ["breakout"]),
        ({"speaker": "ada"}, ["keynote", "online"]),
        ({"project": "neutron"}, ["keynote"]),
        ({"project": "ovs"}, ["online"]),
        ({"event": "tokyo"}, ["keynote", "breakout", "hallway"]),
        ({"event": "site"}, ["online"]),
        ({"event": "tokyo", "speaker": "ada"}, ["keynote"]),
        ({"event": "nowhere"}, []),
        ({"tag": "NetWorking"}, ["keynote", "online"]),
        ({"tag": "zebra", "room": "Room B"}, ["breakout"]),
        ({"tag": "none-such"}, []),
        ({"speaker": "nobody"}, []),
    ],
)
def test_schedule_filters_combine(conference, filters: dict[str, str], expected: list[str]) -> None:
    assert ids(schedule(conference, filters).talks) == expected


@pytest.mark.parametrize(
    ("filters", "caption", "timezone"),
    [
        ({"event": "tokyo"}, "Event tokyo, Tokyo", "Asia/Tokyo"),
        ({"date": "2015-10-27"}, "Event tokyo, Tokyo", "Asia/Tokyo"),  # all of one event
        ({"event": "site"}, "Online 2016", ""),
        ({}, "", ""),  # talks of two events: no caption
    ],
)
def test_a_schedule_is_captioned_with_its_one_event(
    conference, filters: dict[str, str], caption: str, timezone: str
) -> None:
    found = schedule(conference, filters)
    assert (found.caption, found.timezone) == (caption, timezone)


def test_schedule_rows_show_known_speakers_only(conference) -> None:
    (row,) = schedule(conference, {"event": "site"}).talks
    assert [s.text for s in row.speakers] == ["Ada"]  # "ghost" is declared by nobody


def test_a_speakers_talks_are_grouped_by_event(conference) -> None:
    groups = speaker_talks(conference, {"speaker": "ada"})
    assert [(g.event.id if g.event else None, ids(g.talks)) for g in groups] == [
        ("tokyo", ["keynote"]),
        ("site", ["online"]),
    ]
    assert groups[0].talks[0].speakers == ()  # a card's list shows no speakers
    (only,) = speaker_talks(conference, {"speaker": "kim"})
    assert ids(only.talks) == ["keynote", "breakout", "hallway"]
    assert speaker_talks(conference, {"speaker": "lee"}) == ()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"ada": ["keynote", "online"], "kim": ["keynote", "breakout", "hallway"], "lee": []}),
        ({"org": "RACKSPACE"}, {"ada": ["keynote", "online"]}),
        ({"event": "site"}, {"ada": ["online"]}),
        ({"event": "tokyo", "org": "yahoo japan"}, {"kim": ["keynote", "breakout", "hallway"]}),
    ],
)
def test_gallery_filters(conference, filters: dict[str, str], expected: dict) -> None:
    rows = speaker_gallery(conference, filters)
    assert {row.link.id: [t.id for t in row.talks] for row in rows} == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"neutron": (["keynote"], ["tokyo"]), "ovs": (["online"], ["online", "tokyo"])}),
        ({"kind": "tool"}, {"ovs": (["online"], ["online", "tokyo"])}),
        ({"event": "tokyo"}, {"neutron": (["keynote"], ["tokyo"]), "ovs": ([], ["tokyo"])}),
        ({"event": "site"}, {"ovs": (["online"], ["online"])}),
    ],
)
def test_project_index_filters(conference, filters: dict[str, str], expected: dict) -> None:
    rows = project_index(conference, filters)
    found = {r.link.id: ([t.id for t in r.talks], [p.docname for p in r.pages]) for r in rows}
    assert found == expected


def test_event_index_is_newest_first_with_counts(conference) -> None:
    rows = event_index(conference, {})
    assert [(r.link.id, r.talks) for r in rows] == [("site", 1), ("tokyo", 3)]
    assert [r.link.id for r in event_index(conference, {"event": "tokyo"})] == ["tokyo"]


def test_a_talks_header_shows_its_event(conference) -> None:
    assert [link.id for link in talk_event(conference, {"talk": "online"})] == ["site"]
    assert talk_event(conference, {"talk": "nobody"}) == ()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [("cloud", ["keynote"]), ("Networking", ["keynote", "online"]),
              ("Zebra", ["breakout"])]),
        ({"event": "site"}, [("Networking", ["online"])]),
        ({"event": "nowhere"}, []),
    ],
)  # fmt: skip
def test_tag_index_sorts_tags_without_case(conference, filters, expected) -> None:
    rows = tag_index(conference, filters)
    assert [(row.tag, [t.id for t in row.talks]) for row in rows] == expected
