"""reStructuredText sites: the same directives and roles, without MyST (``test-rst``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import body, inventory, warnings_of


@pytest.fixture
def rst_html(make_app, rootdir: Path, tmp_path: Path) -> Path:
    srcdir = tmp_path / "rst"
    shutil.copytree(rootdir / "test-rst", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    return Path(app.outdir)


def test_an_rst_page_declares_links_and_lists(rst_html: Path) -> None:
    page = body(rst_html, "index")
    card = page.select_one(".shownotes-speaker")
    assert card is not None and "Ada Example" in card.get_text()
    assert "The opening keynote" in card.get_text()  # the card lists the talk
    header = page.select_one(".shownotes-talk")
    assert header is not None and "keynote" in header.get_text()
    assert "One paragraph of summary." in page.get_text()
    schedule = page.select_one("div.shownotes-schedule")
    assert schedule is not None and "09:00" in schedule.get_text()
    assert page.select(".shownotes-gallery-card")
    links = {a.get_text(): a["href"] for a in page.select("a.reference.internal")}
    assert links["Ada Example"].startswith("#") and links["the keynote"].startswith("#")
    assert "Example project #1" in links  # no YAML in rST options: a # needs no quotes
    para = next(p for p in page.find_all("p") if "is found too" in p.get_text())
    assert [a.get_text() for a in para.select("a.reference.internal")][-1] == "Ada Example"


def test_rst_objects_are_in_the_inventory(rst_html: Path) -> None:
    objects = inventory(rst_html)
    assert set(objects["shownotes:speaker"]) == {"ada-example"}
    assert set(objects["shownotes:talk"]) == {"opening-keynote"}
    assert set(objects["shownotes:project"]) == {"example-project"}
