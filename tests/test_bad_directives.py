"""Malformed directives: a shownotes warning at file:line each, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import body, line_of, warnings_of
from shownotes.warnings import SUBTYPES
from sphinx.testing.util import SphinxTestApp


@pytest.mark.sphinx("html", testroot="bad-directives", freshenv=True)
def test_malformed_directives_warn_with_subtypes(app: SphinxTestApp) -> None:
    app.build()
    warnings = warnings_of(app.warning.getvalue())
    index = Path(app.srcdir) / "index.md"

    def expect(needle: str, subtype: str, words: str) -> None:
        line = line_of(index, needle)
        found = [
            w
            for w in warnings
            if f"index.md:{line}:" in w and f"[shownotes.{subtype}]" in w and words in w
        ]
        assert len(found) == 1, (needle, subtype, warnings)

    expect(":::{speaker}", "bad-id", "needs an id")
    expect("{speaker} unknown-opt", "unknown-option", ":colour:")
    expect("{speaker} nested-speaker", "misplaced", "cannot stand inside a talk")
    expect("{schedule}", "unexpected-content", "takes no content")
    expect("{project} empty-name", "missing-option", "missing :name:")
    expect("{talk} wrong-types", "bad-duration", "'-5'")
    expect("{talk} wrong-types", "bad-time", "'25:00'")
    expect("{talk} wrong-types", "bad-date", "'2015-02-30'")
    expect("{talk} wrong-types", "bad-id", "'Not An Id'")
    expect("{talk} wrong-types", "unknown-speaker", "'ok-id'")
    assert len(warnings) == 10, "\n".join(warnings)
    assert all("[shownotes." in w for w in warnings)
    for w in warnings:
        subtype = w.rsplit("[shownotes.", 1)[1].rstrip("]")
        assert subtype in SUBTYPES, f"undocumented subtype {subtype}"
    text = body(app.outdir, "index").get_text()
    assert "AFTER-TEXT" in text and "Nested" in text and "No id at all" in text


@pytest.mark.sphinx(
    "html",
    testroot="bad-directives",
    freshenv=True,
    confoverrides={"suppress_warnings": ["shownotes.misplaced"]},
)
def test_suppressing_one_subtype_keeps_the_others(app: SphinxTestApp) -> None:
    app.build()
    warnings = warnings_of(app.warning.getvalue())
    assert not any("misplaced" in w for w in warnings)
    assert len(warnings) == 9
