"""Talks' explicit UTC offsets and languages, speakers' links, the default talk kinds, and the
UTC instants exports read (tests/roots/test-times: an event in Europe/Berlin across both
daylight-saving changes of 2015)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
from helpers import line_of, schedule_rows, schedules, soup, warnings_of
from shownotes.config import DEFAULT_TALK_KINDS
from shownotes.timeinfo import talk_end, talk_start
from sphinx.testing.util import SphinxTestApp


@pytest.fixture
def built(app: SphinxTestApp) -> tuple[SphinxTestApp, list[str]]:
    app.build()
    return app, warnings_of(app.warning.getvalue())


def fields(page, talk_id: str) -> dict[str, str]:
    section = page.find(id=f"talk-{talk_id}")
    if section.name != "section":
        section = section.find_parent("section")
    return {
        dt.get_text(strip=True).rstrip(":"): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in section.select("dl.shownotes-talk-fields > dt")
    }


@pytest.mark.sphinx("html", testroot="times", freshenv=True)
def test_explicit_offset_and_language_show_in_the_header(built) -> None:
    app, _ = built
    page = soup(app.outdir, "index")
    # (a timed talk's time is followed by the link to its own calendar file)
    assert fields(page, "repeated-first")["When"] == "2015-10-25 02:30 · Add to calendar"
    assert fields(page, "repeated-first")["Language"] == "en"
    when = fields(page, "repeated-second")["When"]
    assert when == "2015-10-25 02:30 UTC+01:00 (45 min) · Add to calendar"
    assert "Language" not in fields(page, "repeated-second")
    times = [row[1] for row in schedule_rows(schedules(page)[0])]
    assert times == ["02:30 (30 min)", "02:30", "02:30 UTC+01:00 (45 min)", ""]  # bad.md's last


@pytest.mark.sphinx("html", testroot="times", freshenv=True)
def test_utc_instants_follow_the_event_time_zone(built) -> None:
    app, _ = built
    derived = app.env.domains["shownotes"].derived  # type: ignore[attr-defined]
    talks = derived.winners["talk"]
    utc = lambda *args: datetime(*args, tzinfo=UTC)  # noqa: E731
    # the repeated 02:30 means its first occurrence (CEST, +02:00) unless an offset is given
    assert talk_start(derived, talks["repeated-first"]) == utc(2015, 10, 25, 0, 30)
    assert talk_start(derived, talks["repeated-second"]) == utc(2015, 10, 25, 1, 30)
    assert talk_end(derived, talks["repeated-second"]) == utc(2015, 10, 25, 2, 15)
    # the skipped 02:30 of the spring night is read with the offset before the change (+01:00)
    assert talk_start(derived, talks["skipped"]) == utc(2015, 3, 29, 1, 30)
    assert talk_end(derived, talks["repeated-first"]) is None  # no duration


@pytest.mark.sphinx("html", testroot="times", freshenv=True)
def test_speaker_links_show_their_host_names(built) -> None:
    app, _ = built
    card = soup(app.outdir, "index").find(id="speaker-ada")
    links = [
        (a.get_text(), unquote(a["href"])) for a in card.select(".shownotes-speaker-links a")
    ]
    assert links == [
        ("mastodon.social", "https://mastodon.social/@ada"),
        ("github.com", "https://www.github.com/ada"),
        ("ada@example.org", "mailto:ada@example.org"),
    ]
    bad = soup(app.outdir, "bad").find(id="speaker-bad-links")
    assert [a["href"] for a in bad.select(".shownotes-speaker-links a")] == [
        "https://example.org/ok"
    ]


@pytest.mark.sphinx("html", testroot="times", freshenv=True)
def test_bad_offsets_and_links_warn_at_their_line(built) -> None:
    app, warnings = built
    bad = Path(app.srcdir) / "bad.md"
    links = line_of(bad, "{speaker} bad-links")
    assert [w for w in warnings if "index.md" in w] == []  # kind "talk" is a default kind
    expected = [
        (links, "bad-url", "'javascript:alert(1)'"),
        (links, "bad-url", "'ftp://example.org/'"),
        (line_of(bad, "{talk} bad-offset"), "bad-time", "'09:00+25:00'"),
    ]
    for line, subtype, words in expected:
        found = [w for w in warnings if f"bad.md:{line}:" in w and subtype in w and words in w]
        assert len(found) == 1, (line, subtype, warnings)
    assert len(warnings) == len(expected), warnings


def test_the_default_talk_kinds_include_talk() -> None:
    assert DEFAULT_TALK_KINDS == [
        "talk", "keynote", "breakout", "workshop", "panel", "lightning", "hallway",
    ]  # fmt: skip
