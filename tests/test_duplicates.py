"""An ignored duplicate declaration leaks nothing of itself outside its own page.

``test-duplicates``: ``index.md`` declares a speaker, a talk, a project and a checklist;
``later.md`` declares each id again with texts holding ``LEAK``. The later page still draws its
declarations; nothing else may show them. (What still leaks, in code issue 10 rewrites, is
tested in ``tests/pending_phase2_found.py``: general index entries, mentions, the later checklist's
own checks.)
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from helpers import body, inventory, warnings_of
from sphinx.testing.util import SphinxTestApp

LEAK = "LEAK"

pytestmark = pytest.mark.sphinx("html", testroot="duplicates", freshenv=True)


@pytest.fixture
def built(app: SphinxTestApp) -> SphinxTestApp:
    app.build()
    warnings = warnings_of(app.warning.getvalue())
    assert len(warnings) == 5 and all("[shownotes.duplicate-id]" in w for w in warnings)
    assert all("later.md" in w.split(": WARNING")[0] for w in warnings)
    return app


def test_listings_and_cards_show_only_the_first_declarations(built: SphinxTestApp) -> None:
    listings = body(built.outdir, "listings")
    gallery = listings.find(class_="sd-container-fluid").get_text(" ")
    schedule = listings.find("div", class_="shownotes-schedule").get_text(" ")
    assert "Winner Speaker" in gallery and LEAK not in gallery
    assert "Winner Talk" in schedule and LEAK not in schedule
    names = [dt.get_text(" ", strip=True) for dt in listings.select("dl dt")]
    assert names == ["Other Project", "Winner Project"]
    card = body(built.outdir, "index").find(class_="shownotes-speaker").get_text(" ")
    assert "Winner Talk" in card and LEAK not in card
    assert LEAK not in body(built.outdir, "shownotes-projects").get_text(" ")
    assert LEAK in body(built.outdir, "later").get_text(" ")  # still drawn where it stands


def test_inventory_and_search_objects_hold_only_the_first(built: SphinxTestApp) -> None:
    inv = inventory(built.outdir)
    for objtype, oid in (
        ("speaker", "twin"),
        ("talk", "twin-talk"),
        ("project", "twin-proj"),
        ("checklist", "twin-list"),
        ("check", "twin-list.a"),
    ):
        uri, name = inv[f"shownotes:{objtype}"][oid]
        assert uri.startswith("index.html#") and LEAK not in name
    search = (Path(built.outdir) / "searchindex.js").read_text("utf-8")
    data = json.loads(search[search.index("(") + 1 : search.rindex(")")])
    objects = html.unescape(json.dumps(data["objects"]))
    assert "Winner Speaker" in objects
    for name in ("LEAK speaker", "LEAK talk", "LEAK project", "LEAK list", "LEAK check A"):
        assert name not in objects


def test_the_aliases_of_an_ignored_project_are_no_aliases(built: SphinxTestApp) -> None:
    """The aliases of an ignored project are no aliases: the winner has none."""
    derived = built.env.domains["shownotes"].derived  # type: ignore[attr-defined]
    assert derived.lookup("project", "leak-alias") is None
