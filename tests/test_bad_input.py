"""Bad input: one clear warning each, at the right file and line, and the page still builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import body, inventory, line_of, warnings_of
from sphinx.testing.util import SphinxTestApp


@pytest.fixture
def built(app: SphinxTestApp) -> tuple[SphinxTestApp, list[str]]:
    app.build()
    return app, warnings_of(app.warning.getvalue())


def expect(warnings: list[str], path: Path, line: int, subtype: str, words: str) -> None:
    """Exactly one warning at ``path:line`` with ``subtype`` whose text has ``words``."""
    found = [
        w
        for w in warnings
        if f"{path}:{line}:" in w and f"[shownotes.{subtype}]" in w and words in w
    ]
    assert len(found) == 1, f"no single {subtype} warning at {path}:{line}: {warnings}"


@pytest.mark.sphinx("html", testroot="bad-input", freshenv=True)
def test_each_bad_input_warns_once_at_its_line(built) -> None:
    app, warnings = built
    index = Path(app.srcdir) / "index.md"
    other = Path(app.srcdir) / "other.md"
    at = lambda needle: line_of(index, needle)  # noqa: E731
    expect(warnings, index, at("{speaker} Bad_Id"), "bad-id", "'Bad_Id' is not a valid id")
    expect(warnings, index, at("{speaker} no-name"), "missing-option", "missing :name:")
    expect(warnings, index, at("{speaker} bad-url"), "bad-url", "'javascript:alert(1)'")
    expect(warnings, index, at("{talk} no-title"), "missing-option", "missing :title:")
    expect(warnings, index, at("{talk} no-title"), "bad-date", "'27/10/2015'")
    expect(warnings, index, at("{talk} no-title"), "bad-time", "'9am'")
    expect(warnings, index, at("{talk} no-title"), "bad-duration", "'fifteen'")
    expect(warnings, index, at("{talk} no-title"), "unknown-kind", "'tutorial'")
    expect(warnings, index, at("{talk} no-title"), "unknown-speaker", "'ghost-speaker'")
    expect(warnings, index, at("{talk} no-title"), "unknown-project", "'ghost-project'")
    expect(warnings, index, at("{project} proj"), "bad-url", "'ftp://example.org/'")
    expect(warnings, index, at("{schedule}"), "bad-filter", "'yesterday'")
    expect(warnings, index, at("Roles to nowhere"), "unknown-speaker", "'ghost-role'")
    expect(warnings, index, at("Roles to nowhere"), "unknown-talk", "'ghost-talk'")
    expect(warnings, index, at("Roles to nowhere"), "unknown-project", "'ghost-proj'")
    expect(warnings, index, at("Roles to nowhere"), "unknown-checklist", "'ghost-list'")
    expect(warnings, index, at("Roles to nowhere"), "unknown-check", "'ghost-list.step'")
    expect(warnings, other, line_of(other, "{speaker} twice"), "duplicate-id", "index.md")
    expect(warnings, other, line_of(other, "{project} proj"), "duplicate-id", "'proj'")
    assert len(warnings) == 19, "\n".join(warnings)
    assert not any("Traceback" in w or "Exception" in w for w in warnings)


@pytest.mark.sphinx("html", testroot="bad-input", freshenv=True)
def test_the_rest_still_renders_and_first_declaration_wins(built) -> None:
    app, _ = built
    page = body(app.outdir, "index")
    assert "SENTINEL-TEXT" in page.get_text()
    assert "Bad id" in page.get_text()  # a card with a bad id still shows
    inv = inventory(app.outdir)
    assert inv["shownotes:speaker"]["twice"] == ("index.html#speaker-twice", "First declaration")
    assert inv["shownotes:project"]["proj"][1] == "A project"
    assert "Bad_Id" not in inv["shownotes:speaker"]
    card = page.find(id="speaker-bad-url")
    assert card is not None and not card.find("a", href=lambda h: h and "javascript" in h)


@pytest.mark.sphinx(
    "html",
    testroot="bad-input",
    freshenv=True,
    confoverrides={"suppress_warnings": ["shownotes.duplicate-id", "shownotes.bad-url"]},
)
def test_suppress_warnings_silences_exactly_one_subtype(built) -> None:
    _, warnings = built
    assert not any("duplicate-id" in w or "bad-url" in w for w in warnings)
    assert len(warnings) == 15


@pytest.mark.sphinx("html", testroot="bad-values", freshenv=True)
def test_almost_right_values_warn_and_never_stop_the_build(built) -> None:
    """Issue 14, defects 1 and 10: ``²`` and a 5,000-digit duration stopped the build with a
    ValueError; a week date was accepted; an impossible day was "not an ISO date"."""
    app, warnings = built
    index = Path(app.srcdir) / "index.md"
    at = lambda needle: line_of(index, needle)  # noqa: E731
    expect(warnings, index, at("{talk} superscript-"), "bad-duration", "'²' is not a positive")
    expect(warnings, index, at("{talk} huge-"), "bad-duration", "longer than a week")
    arabic = "'\u0661\u0665' is not a positive"  # Arabic-Indic digits 15
    expect(warnings, index, at("{talk} arabic-"), "bad-duration", arabic)
    expect(warnings, index, at("{talk} week-"), "bad-date", "'2015-W44-2' is not an ISO date")
    expect(warnings, index, at("{talk} ordinal-"), "bad-date", "'2015-300' is not an ISO date")
    expect(warnings, index, at("{talk} no-such-"), "bad-date", "'2026-02-30' is no such day")
    expect(warnings, index, at("{schedule}"), "bad-filter", "'2015-W44-2' is not an ISO date")
    assert len(warnings) == 7, "\n".join(warnings)
    page = body(app.outdir, "index")
    assert "AFTER-TEXT" in page.get_text()
    rows = page.select("table.shownotes-schedule tbody tr")
    assert len(rows) == 7  # the bad filter is ignored: every talk is listed
    when = {r.find_all("td")[2].get_text(strip=True): r.find_all("td")[0].get_text() for r in rows}
    assert when["Week date"] == "" and when["A good talk"] == "2015-10-27"
