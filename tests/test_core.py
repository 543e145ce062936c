"""Speakers, talks, projects, roles and listings on a real HTML build of tests/roots/test-core."""

from __future__ import annotations

import json
import re

import pytest
from helpers import (
    body,
    inventory,
    schedule_caption,
    schedule_rows,
    schedules,
    soup,
    texts,
    warnings_of,
)
from sphinx.testing.util import SphinxTestApp

pytestmark = pytest.mark.sphinx("html", testroot="core", freshenv=True)


@pytest.fixture
def built(app: SphinxTestApp) -> SphinxTestApp:
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    return app


def card_of(app: SphinxTestApp, speaker_id: str):
    card = soup(app.outdir, "speakers").find(id=f"speaker-{speaker_id}")
    assert card is not None, f"no card for {speaker_id}"
    return card


def test_speaker_card_shows_every_field(built: SphinxTestApp) -> None:
    card = card_of(built, "egle-sigler")
    assert "sd-card" in card["class"]
    text = " ".join(card.get_text(" ").split())
    for expected in (
        "Egle Sigler",
        "Principal Architect, Rackspace",
        "OpenStack Foundation Board Member",
        "bio , in MyST.",
    ):
        assert expected in text
    assert card.find("a", href="https://example.org/egle")
    img = card.find("img")
    assert img is not None and img["alt"] == "Egle Sigler" and img["src"].endswith("egle.png")
    assert card.find("em").get_text() == "bio"


def test_speaker_without_photo_shows_initials(built: SphinxTestApp) -> None:
    card = card_of(built, "takuya-ito")
    assert card.find("img") is None
    assert card.find(class_="shownotes-initials").get_text() == "TI"


def test_speaker_card_lists_talks_in_schedule_order(built: SphinxTestApp) -> None:
    links = card_of(built, "egle-sigler").select(".shownotes-talk-list a")
    assert texts(links) == ["DefCore and interoperability", "OpenStack at Yahoo Japan"]
    assert [a["href"] for a in links] == [
        "talks.html#talk-defcore-keynote",
        "talks.html#talk-yahoo-keynote",
    ]
    takuya = texts(card_of(built, "takuya-ito").select(".shownotes-talk-list a"))
    assert takuya == ["OpenStack at Yahoo Japan", "A hallway chat"]
    assert "No talks yet." in card_of(built, "lonely").get_text()


def test_talk_header_has_metadata_and_links(built: SphinxTestApp) -> None:
    page = soup(built.outdir, "talks")
    section = page.find(id="talk-defcore-keynote")
    # the anchor lands on the section holding the talk's notes
    assert section.name in ("section", "span")
    holder = section if section.name == "section" else section.find_parent("section")
    assert holder.find("h2").get_text().startswith("DefCore")
    header = holder.find(class_="shownotes-talk")
    text = " ".join(header.get_text(" ").split())
    for expected in (
        "DefCore and interoperability",
        "keynote",
        "2015-10-27 09:00 (15 min)",
        "Main hall",
        "interoperability, testing",
        "The summary of the talk.",
    ):
        assert expected in text
    speaker = header.find("a", href="speakers.html#speaker-egle-sigler")
    assert speaker.get_text() == "Egle Sigler"
    projects = [a for a in header.find_all("a") if "projects.html#" in a["href"]]
    assert texts(projects) == ["DefCore", "devstack"]
    assert header.find("a", href="https://example.org/slides").get_text() == "slides"
    assert header.find("a", href="https://example.org/video").get_text() == "video"


def test_roles_and_myst_links(built: SphinxTestApp) -> None:
    links = {(a.get_text(), a["href"]) for a in body(built.outdir, "index").find_all("a")}
    for expected in (
        ("Egle Sigler", "speakers.html#speaker-egle-sigler"),
        ("Takuya Ito", "speakers.html#speaker-takuya-ito"),
        ("DefCore and interoperability", "talks.html#talk-defcore-keynote"),
        ("the DefCore talk", "talks.html#talk-defcore-keynote"),
        ("Neutron", "projects.html#project-neutron"),  # also through the alias quantum
        ("a MyST link", "projects.html#project-neutron"),
    ):
        assert expected in links
    quantum = [a for a in body(built.outdir, "index").find_all("a") if a.get_text() == "Neutron"]
    assert len(quantum) == 2


def test_speaker_gallery_and_filter(built: SphinxTestApp) -> None:
    page = soup(built.outdir, "listings")
    everyone, rackspace = page.select(".sd-container-fluid")[:2]
    names = [texts(c.select("strong a"))[0] for c in everyone.select(".shownotes-gallery-card")]
    assert names == ["Egle Sigler", "Nobody's Talk", "Takuya Ito"]
    names = [texts(c.select("strong a"))[0] for c in rackspace.select(".shownotes-gallery-card")]
    assert names == ["Egle Sigler", "Nobody's Talk"]


def test_schedule_orders_by_date_and_time_untimed_last(built: SphinxTestApp) -> None:
    tables = schedules(soup(built.outdir, "listings"))
    assert len(tables) == 5
    caption = schedule_caption(tables[0])
    assert caption.startswith("Test Summit <2015>, Tokyo & $100%")  # from shownotes_event
    full = schedule_rows(tables[0])
    assert [row[2] for row in full] == [
        "An early breakout",
        "DefCore and interoperability",
        "OpenStack at Yahoo Japan",
        "A hallway chat",
    ]
    assert full[1] == [
        "Tuesday, October 27, 2015",
        "09:00 (15 min)",
        "DefCore and interoperability",
        "Egle Sigler",
        "keynote",
        "Main hall",
    ]
    assert full[2][3] == "Takuya Ito , Egle Sigler"
    keynotes = [row[2] for row in schedule_rows(tables[1])]
    assert keynotes == ["DefCore and interoperability", "OpenStack at Yahoo Japan"]
    takuya = [row[2] for row in schedule_rows(tables[2])]
    assert takuya == ["OpenStack at Yahoo Japan", "A hallway chat"]
    neutron = [row[2] for row in schedule_rows(tables[3])]
    assert neutron == ["An early breakout", "DefCore and interoperability"]
    room_b = [row[2] for row in schedule_rows(tables[4])]  # rooms match without case
    assert room_b == ["An early breakout"]


def test_project_declaration_shows_its_fields(built: SphinxTestApp) -> None:
    box = soup(built.outdir, "projects").find(id="project-neutron")
    text = " ".join(box.get_text(" ").split())
    assert "Neutron (openstack)" in text
    assert "Also known as: quantum" in text
    assert "Networking as a service for OpenStack." in text
    assert box.find("a", href="https://docs.openstack.org/neutron/")


def test_project_index_lists_talks_and_pages(built: SphinxTestApp) -> None:
    everything, tools = soup(built.outdir, "listings").select("dl.shownotes-project-index")
    entries = {
        " ".join(dt.get_text(" ").split()): dt.find_next_sibling("dd")
        for dt in everything.find_all("dt")
    }
    assert list(entries) == [
        "DefCore (openstack)",
        "devstack (tool)",
        "Neutron (openstack)",
        "Unused project (tool)",
    ]
    neutron = entries["Neutron (openstack)"]
    talks, pages = neutron.find_all("p")
    assert texts(talks.find_all("a")) == ["An early breakout", "DefCore and interoperability"]
    assert texts(pages.find_all("a")) == ["Core", "Talks"]
    assert "Not mentioned yet." in entries["Unused project (tool)"].get_text()
    assert [" ".join(dt.get_text(" ").split()) for dt in tools.find_all("dt")] == [
        "devstack (tool)",
        "Unused project (tool)",
    ]


def test_objects_inventory(built: SphinxTestApp) -> None:
    inv = inventory(built.outdir)
    assert inv["shownotes:speaker"]["egle-sigler"] == (
        "speakers.html#speaker-egle-sigler",
        "Egle Sigler",
    )
    assert inv["shownotes:talk"]["defcore-keynote"] == (
        "talks.html#talk-defcore-keynote",
        "DefCore and interoperability",
    )
    assert inv["shownotes:project"]["neutron"] == ("projects.html#project-neutron", "Neutron")
    assert set(inv["shownotes:talk"]) == {
        "defcore-keynote",
        "yahoo-keynote",
        "hallway-chat",
        "early-breakout",
    }
    assert set(inv["shownotes:speaker"]) == {"egle-sigler", "takuya-ito", "lonely"}


def test_search_index_and_domain_index(built: SphinxTestApp) -> None:
    search = (built.outdir / "searchindex.js").read_text("utf-8")
    data = json.loads(re.sub(r"^Search\.setIndex\(|\)$", "", search.strip()))
    assert "shownotes:speaker" in json.dumps(data["objtypes"])
    objects = json.dumps(data["objects"])
    assert "Egle Sigler" in objects and "DefCore and interoperability" in objects
    index = body(built.outdir, "shownotes-projects")
    text = " ".join(index.get_text(" ").split())
    assert "Neutron" in text and "An early breakout" in text
    assert index.find("a", href="projects.html#project-neutron")
    general = body(built.outdir, "genindex")
    assert "Egle Sigler (speaker)" in general.get_text()
    assert "Neutron (project)" in general.get_text()
    assert general.find("a", href="shownotes-projects.html").get_text() == "Project index"
