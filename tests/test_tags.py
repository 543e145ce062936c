"""Tags: the tag index (each tag with its talks, sorted without case) and the schedule's
``:tag:`` filter (tests/roots/test-events; its -j and incremental builds are in test_events)."""

from __future__ import annotations

import pytest
from helpers import schedule_rows, schedules, soup, texts, warnings_of
from sphinx.testing.util import SphinxTestApp


@pytest.fixture
def listings(app: SphinxTestApp):
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    return soup(app.outdir, "listings")


def tag_entries(dl) -> dict[str, list[str]]:
    return {
        dt.get_text(" ", strip=True): texts(dt.find_next_sibling("dd").find_all("a"))
        for dt in dl.find_all("dt")
    }


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_tag_index_lists_every_tag_without_case_with_its_talks(listings) -> None:
    everything, tokyo = listings.select("dl.shownotes-tag-index")
    # "Networking" and "networking" are one tag, shown as first written in schedule order
    assert tag_entries(everything) == {
        "apple": ["Before Austin is declared"],
        "cloud": ["Tokyo opening"],
        "Networking": ["Tokyo opening", "Austin keynote"],
        "Zebra": ["Before Austin is declared"],
    }
    assert list(tag_entries(everything)) == ["apple", "cloud", "Networking", "Zebra"]
    assert tag_entries(tokyo) == {"cloud": ["Tokyo opening"], "Networking": ["Tokyo opening"]}
    links = everything.find_all("a")
    assert links[0]["href"] == "austin/index.html#talk-austin-early"


@pytest.mark.sphinx("html", testroot="events", freshenv=True)
def test_schedule_filters_by_tag_without_case(listings) -> None:
    table = schedules(listings)[2]  # "Networking talks" (:tag: NETWORKING)
    talks = [row[2] for row in schedule_rows(table)]
    assert talks == ["Tokyo opening", "Austin keynote"]


@pytest.mark.sphinx("text", testroot="events", freshenv=True)
def test_text_tag_index(app: SphinxTestApp) -> None:
    app.build()
    text = (app.outdir / "listings.txt").read_text("utf-8")
    assert "Networking\n   *Tokyo opening*, *Austin keynote*" in text


@pytest.mark.sphinx("latex", testroot="events", freshenv=True)
def test_latex_tag_index_is_a_tight_description_list(app: SphinxTestApp) -> None:
    app.build()
    tex = (app.outdir / "events.tex").read_text("utf-8")
    index = tex[tex.index("\\sphinxlineitem{apple}") - 400 :]
    assert "\\begin{sphinxuseclass}{shownotes-project-index}" in index
