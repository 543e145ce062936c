"""``shownotes_index_entries``: objects add general-index entries unless it is False."""

from __future__ import annotations

import pytest
from helpers import body, warnings_of
from sphinx.testing.util import SphinxTestApp


def index_texts(app: SphinxTestApp) -> list[str]:
    """Every entry of the one-page general index."""
    page = body(app.outdir, "genindex")
    return [" ".join(li.get_text(" ").split()) for li in page.select("table.indextable li")]


@pytest.mark.sphinx("html", testroot="genindex", freshenv=True)
def test_objects_are_in_the_general_index_by_default(app: SphinxTestApp) -> None:
    app.build()
    assert "Pat Example (speaker)" in index_texts(app)


@pytest.mark.sphinx(
    "html", testroot="genindex", freshenv=True, confoverrides={"shownotes_index_entries": False}
)
def test_no_entries_when_off_and_links_still_resolve(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    texts = index_texts(app)
    assert not [t for t in texts if "(speaker)" in t or "(project)" in t]
    assert "Project index" in texts  # the domain index is still linked
    objects = app.env.get_domain("shownotes").data["derived"].winners
    assert objects["speaker"] and objects["project"]  # still declared, linkable, in objects.inv
