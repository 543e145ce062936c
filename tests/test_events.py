"""Events: the directive and role, which event each talk belongs to, the event index, the
``:event:`` filter of every listing, speakers' cards grouped by event, bad input, and builds
in parallel and incrementally (tests/roots/test-events)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from corpus import html_pages
from helpers import (
    body,
    inventory,
    line_of,
    schedule_caption,
    schedule_rows,
    schedules,
    soup,
    texts,
    warnings_of,
)
from sphinx.testing.util import SphinxTestApp

ROOT = "test-events"
#: Which event each talk of the root belongs to, by the rules of DESIGN.md section 7.
MEMBERSHIP = {
    "tokyo-opening": "tokyo-2015",  # the nearest page above declares it
    "tokyo-borrowed": "austin-2016",  # its :event: option
    "austin-early": "online-2016",  # declared before the page's event: the site's default
    "austin-keynote": "austin-2016",  # the event declared earlier on its page
    "loose-talk": "online-2016",  # no event on its page or above: the site's default
}
TITLES = {
    "tokyo-2015": "Example Summit Tokyo 2015",
    "austin-2016": "Example Summit Austin 2016",
    "online-2016": "Online meet-up 2016",
}


@pytest.fixture
def built(app: SphinxTestApp) -> SphinxTestApp:
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    return app


def squash(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def header_event(page, talk_id: str) -> str:
    """The text of the "Event" field of a talk's header ("" if it has none)."""
    section = page.find(id=f"talk-{talk_id}")
    holder = section if section.name == "section" else section.find_parent("section")
    for dt in holder.select(".shownotes-talk dl.shownotes-talk-fields > dt"):
        if dt.get_text(strip=True).rstrip(":") == "Event":
            return dt.find_next_sibling("dd").get_text(" ", strip=True)
    return ""


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_event_directive_draws_its_fields_and_is_in_objects_inv(built: SphinxTestApp) -> None:
    box = soup(built.outdir, "tokyo/index").find(id="event-tokyo-2015")
    assert box is not None and "shownotes-event" in box["class"]
    text = squash(box)
    for expected in (
        "Example Summit Tokyo 2015",
        "Dates : 2015-10-27 \u2013 2015-10-30",
        "Place : Tokyo, Japan",
        "Time zone : Asia/Tokyo",
        "The summit in Tokyo .",
    ):
        assert expected in text, text
    assert box.find("a", href="https://example.org/tokyo-2015")
    assert box.find("em").get_text() == "Tokyo"
    inv = inventory(built.outdir)
    assert inv["shownotes:event"] == {
        "tokyo-2015": ("tokyo/index.html#event-tokyo-2015", "Example Summit Tokyo 2015"),
        "austin-2016": ("austin/index.html#event-austin-2016", "Example Summit Austin 2016"),
    }  # the configured event is drawn on no page: it is in no inventory
    general = body(built.outdir, "genindex").get_text()
    assert "Example Summit Austin 2016 (event)" in general


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_event_role_and_myst_link(built: SphinxTestApp) -> None:
    links = [(a.get_text(), a["href"]) for a in body(built.outdir, "index").select("p a")]
    assert links == [
        ("Example Summit Tokyo 2015", "tokyo/index.html#event-tokyo-2015"),
        ("Example Summit Austin 2016", "austin/index.html#event-austin-2016"),
        ("Online meet-up 2016", "https://example.org/online-2016"),  # the configured event
        ("Example Summit Tokyo 2015", "tokyo/index.html#event-tokyo-2015"),
    ]


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_each_talk_belongs_to_the_event_the_rules_give(built: SphinxTestApp) -> None:
    derived = built.env.domains["shownotes"].derived  # type: ignore[attr-defined]
    assert derived.talk_event == MEMBERSHIP
    pages = {
        "tokyo-opening": "tokyo/day1",
        "tokyo-borrowed": "tokyo/day1",
        "austin-early": "austin/index",
        "austin-keynote": "austin/index",
        "loose-talk": "loose",
    }
    for talk, event in MEMBERSHIP.items():
        assert header_event(soup(built.outdir, pages[talk]), talk) == TITLES[event], talk


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_event_index_is_newest_first_with_dates_places_and_counts(built: SphinxTestApp) -> None:
    everything, one = soup(built.outdir, "listings").select("table.shownotes-event-index")
    rows = [texts(tr.find_all("td")) for tr in everything.select("tbody tr")]
    assert rows == [
        ["Example Summit Austin 2016", "2016-04-25 \u2013 2016-04-29", "Austin, Texas", "2"],
        ["Online meet-up 2016", "2016-03-01", "", "2"],
        ["Example Summit Tokyo 2015", "2015-10-27 \u2013 2015-10-30", "Tokyo, Japan", "1"],
    ]
    assert [texts(tr.find_all("td"))[0] for tr in one.select("tbody tr")] == [
        "Example Summit Austin 2016"
    ]


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_every_listing_filters_by_event(built: SphinxTestApp) -> None:
    page = soup(built.outdir, "listings")
    tokyo, whole, _ = schedules(page)
    caption = schedule_caption(tokyo)
    assert caption.startswith("Example Summit Tokyo 2015, Tokyo, Japan (Asia/Tokyo time)")
    assert [row[2] for row in schedule_rows(tokyo)] == ["Tokyo opening"]
    assert schedule_caption(whole) == ""  # talks of three events: no one event to name
    assert len(schedule_rows(whole)) == len(MEMBERSHIP)
    gallery = page.select_one(".sd-container-fluid")
    cards = gallery.select(".shownotes-gallery-card")
    assert [texts(c.select("strong a")) for c in cards] == [["Ada Example"]]  # not Kim
    assert texts(cards[0].select(".shownotes-talk-list a")) == [
        "Austin keynote",
        "A talk given at Austin",
    ]
    projects = page.select_one("dl.shownotes-project-index")
    talks, pages = projects.find("dd").find_all("p")
    assert texts(talks.find_all("a")) == ["Tokyo opening"]  # not the Austin keynote
    assert texts(pages.find_all("a")) == ["Tokyo, day one"]  # not "Loose"


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_speaker_cards_group_talks_by_event(built: SphinxTestApp) -> None:
    page = soup(built.outdir, "people")
    ada = page.find(id="speaker-ada")
    groups = [texts(p.find_all("a"))[0] for p in ada.select(".shownotes-talk-group")]
    assert groups == ["Example Summit Tokyo 2015", "Example Summit Austin 2016"]
    lists = [texts(ul.find_all("a")) for ul in ada.select("ul.shownotes-talk-list")]
    assert lists == [["Tokyo opening"], ["Austin keynote", "A talk given at Austin"]]
    kim = page.find(id="speaker-kim")
    groups = [texts(p.find_all("a"))[0] for p in kim.select(".shownotes-talk-group")]
    assert groups == ["Example Summit Tokyo 2015", "Online meet-up 2016"]


@pytest.mark.sphinx("html", testroot="events-bad", freshenv=True)
def test_bad_event_input_warns_once_at_its_line(app: SphinxTestApp) -> None:
    app.build()
    warnings = warnings_of(app.warning.getvalue())
    index = Path(app.srcdir) / "index.md"

    def expect(path: str, line: int | None, subtype: str, words: str) -> None:
        where = f"{path}:{line}:" if line else path
        found = [w for w in warnings if where in w and f"[shownotes.{subtype}]" in w and words in w]
        assert len(found) == 1, (where, subtype, words, warnings)

    at = lambda needle: line_of(index, needle)  # noqa: E731
    expect("index.md", at("{event} bad-zone"), "bad-timezone", "'JST'")
    expect("index.md", at("{event} backwards"), "bad-date", "before start")
    expect("index.md", at("{event} no-name"), "bad-date", "'27/10/2015'")
    expect("index.md", at("{event} no-name"), "missing-option", "missing :name:")
    expect("index.md", at("{talk} ghost-talk"), "unknown-event", "'ghost-event'")
    expect("index.md", at("{schedule}"), "unknown-event", "'ghost-listing'")
    expect("index.md", at("{speaker-gallery}"), "bad-filter", "'Not_An_Id'")
    expect("index.md", at("Still rendered"), "unknown-event", "'ghost-role'")
    expect("conf.py", None, "bad-id", "shownotes_event['id']")
    expect("conf.py", None, "bad-timezone", "'Mars/Olympus'")
    expect("conf.py", None, "unknown-option", "'colour'")
    assert len(warnings) == 11, "\n".join(warnings)
    assert "SENTINEL-TEXT" in body(app.outdir, "index").get_text()
    assert "Traceback" not in app.warning.getvalue()


@pytest.mark.parametrize("builder", ["text", "latex", "epub", "singlehtml", "man", "texinfo"])
def test_events_build_in_every_builder(make_app, rootdir: Path, tmp_path: Path, builder: str):
    srcdir = tmp_path / "events"
    shutil.copytree(rootdir / ROOT, srcdir)
    app = make_app(builder, srcdir=srcdir, freshenv=True)
    app.build()
    app.cleanup()
    assert warnings_of(app.warning.getvalue()) == []
    output = "\n".join(
        p.read_text("utf-8", errors="replace")
        for p in Path(app.outdir).rglob("*")
        if p.is_file() and p.suffix in {".txt", ".tex", ".xhtml", ".html", ".1", ".texi"}
    )
    output = output.replace("\\sphinxhyphen{}", "-").replace("\\-", "-")  # LaTeX's, man's
    for title in TITLES.values():
        assert title in output, title
    assert "Asia/Tokyo" in output


def build(make_app, srcdir: Path, parallel: int = 1, fresh: bool = True) -> SphinxTestApp:
    app = make_app("html", srcdir=srcdir, parallel=parallel, freshenv=fresh)
    app.build()
    app.cleanup()
    assert warnings_of(app.warning.getvalue()) == []
    return app


def test_parallel_build_equals_serial(make_app, rootdir: Path, tmp_path: Path) -> None:
    shutil.copytree(rootdir / ROOT, tmp_path / "serial")
    shutil.copytree(rootdir / ROOT, tmp_path / "parallel")
    serial = build(make_app, tmp_path / "serial")
    parallel = build(make_app, tmp_path / "parallel", parallel=2)
    one, two = html_pages(serial.outdir), html_pages(parallel.outdir)
    assert one.keys() == two.keys()
    for page, content in one.items():
        assert content == two[page], f"{page} differs between -j 1 and -j 2"
    assert (serial.outdir / "objects.inv").read_bytes() == (
        parallel.outdir / "objects.inv"
    ).read_bytes()


def written(app: SphinxTestApp) -> set[str]:
    clean = re.sub(r"\x1b\[[0-9;]*m", "", app.status.getvalue())
    return set(re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", clean))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


#: Edits an author makes, each with the pages a build must rewrite: the edited page, the pages
#: whose generated parts change (speaker cards, listings, talk headers, role texts) and the
#: edited page's toctree ancestors, which Sphinx rewrites itself.
EDITS = {
    "move a talk to another event": (
        "tokyo/day1.md",
        ":event: austin-2016",
        ":event: tokyo-2015",
        {"tokyo/day1", "people", "listings", "tokyo/index", "index"},
    ),
    "rename an event": (
        "austin/index.md",
        ":name: Example Summit Austin 2016",
        ":name: Example Summit Austin, renamed",
        {"austin/index", "tokyo/day1", "people", "listings", "index", "tokyo/index"},
    ),
    "rename the event a page's talks inherit": (
        "tokyo/index.md",
        ":name: Example Summit Tokyo 2015",
        ":name: Example Summit Tokyo, renamed",
        {"tokyo/index", "tokyo/day1", "people", "listings", "index"},
    ),
    "retag a talk": (
        "austin/index.md",
        ":tags: networking",
        ":tags: cloud",
        {"austin/index", "listings", "index"},
    ),
    "change an event's time zone": (
        "tokyo/index.md",
        ":timezone: Asia/Tokyo",
        ":timezone: Asia/Seoul",
        {"tokyo/index", "listings", "index"},
    ),
}


@pytest.mark.parametrize("change", EDITS)
def test_incremental_build_equals_a_clean_build(
    make_app, rootdir: Path, tmp_path: Path, change: str
) -> None:
    page, old, new, rewritten = EDITS[change]
    src = tmp_path / "incremental"
    shutil.copytree(rootdir / ROOT, src)
    build(make_app, src)
    edit(src / page, old, new)
    again = build(make_app, src, fresh=False)
    assert written(again) == rewritten
    clean_src = tmp_path / "clean"
    shutil.copytree(src, clean_src, ignore=shutil.ignore_patterns("_build"))
    clean = build(make_app, clean_src)
    got, want = html_pages(again.outdir), html_pages(clean.outdir)
    assert got.keys() == want.keys()
    for name, content in want.items():
        assert got[name] == content, f"{change}: {name} differs from a clean build"
