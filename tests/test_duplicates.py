"""An ignored duplicate declaration leaks nothing of itself outside its own page.

``test-duplicates``: ``index.md`` declares a speaker, a talk, a project and a checklist;
``later.md`` declares each id again with texts holding ``LEAK``. The later page still draws its
declarations; nothing else may show them: not the listings, the general index (HTML and PDF),
the search index, objects.inv, the mentions counted for talks, nor the later checklist's checks.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import body, inventory, soup, warnings_of
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


def test_the_general_index_and_search_hold_only_the_first(built: SphinxTestApp) -> None:
    genindex = body(built.outdir, "genindex").get_text(" ")
    assert "Winner Speaker (speaker)" in genindex and LEAK not in genindex
    search = (Path(built.outdir) / "searchindex.js").read_text("utf-8")
    data = json.loads(search[search.index("(") + 1 : search.rindex(")")])
    assert LEAK not in json.dumps(data["indexentries"])


def test_the_ignored_talks_mentions_count_for_no_talk(built: SphinxTestApp) -> None:
    """The ignored talk's notes mention "Other Project", and its ``:projects:`` name "Winner
    Project": neither lists the winning talk (its page "Later" still mentions them)."""
    listing = body(built.outdir, "listings").find("dl", class_="shownotes-project-index")
    talks = {
        dt.get_text(" ", strip=True): dt.find_next("dd").get_text(" ", strip=True)
        for dt in listing.find_all("dt")
    }
    assert "Winner Talk" not in talks["Other Project"] and "Later" in talks["Other Project"]
    assert "Winner Talk" not in talks["Winner Project"]


def test_an_ignored_checklist_declares_no_checks(built: SphinxTestApp) -> None:
    """Its check ``b``, which the first declaration does not have, is no check either."""
    assert set(inventory(built.outdir)["shownotes:check"]) == {"twin-list.a"}


def test_the_pdf_index_holds_only_the_first(make_app, rootdir: Path, tmp_path: Path) -> None:
    srcdir = tmp_path / "duplicates"
    shutil.copytree(rootdir / "test-duplicates", srcdir)
    latex = make_app("latex", srcdir=srcdir, freshenv=True)
    latex.build()
    tex = "\n".join(p.read_text("utf-8") for p in Path(latex.outdir).glob("*.tex"))
    assert re.search(r"\\index\{Winner Speaker", tex)
    assert not re.search(r"\\index\{[^\n]*LEAK", tex)


def test_a_later_declaration_counts_once_the_first_is_gone(
    make_app, rootdir: Path, tmp_path: Path
) -> None:
    """Incremental: ``later.md`` is not read again, yet its declarations now win: their index
    entries and checks come back (the entries of ignored declarations are kept aside)."""
    srcdir = tmp_path / "duplicates"
    shutil.copytree(rootdir / "test-duplicates", srcdir)
    make_app("html", srcdir=srcdir, freshenv=True).build()
    index = srcdir / "index.md"
    index.write_text(index.read_text().split(":::{speaker} twin")[0])
    again = make_app("html", srcdir=srcdir)
    read: list[str] = []
    again.connect("env-before-read-docs", lambda app, env, docnames: read.extend(docnames))
    again.build()
    assert "index" in read and "later" not in read
    genindex = body(again.outdir, "genindex").get_text(" ")
    assert "LEAK speaker (speaker)" in genindex and "LEAK list (checklist)" in genindex
    assert set(inventory(again.outdir)["shownotes:check"]) == {"twin-list.a", "twin-list.b"}


@pytest.mark.parametrize("root", ["bad-input", "duplicates"])
def test_singlehtml_ids_of_ignored_duplicates_are_unique(make_app, rootdir, tmp_path, root):
    """Anchors are unique per document only: on singlehtml's one page the ignored duplicate's
    ids (its anchor, its title's and its checks' boxes) were the first's too. The first keeps
    them, and links still land on it."""
    srcdir = tmp_path / root
    shutil.copytree(rootdir / f"test-{root}", srcdir)
    app = make_app("singlehtml", srcdir=srcdir, freshenv=True)
    app.build()  # (the output checks find every id used twice, every link that misses)
    page = soup(app.outdir, "index")
    if root == "duplicates":
        assert "Winner Speaker" in page.find(id="speaker-twin").find_next("p").get_text()
