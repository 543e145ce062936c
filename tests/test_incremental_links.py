"""Incremental equals clean for every way of linking to an object (``incremental.py``).

For each edit, one project holds a page per way of linking; it is built, edited, built again
incrementally, and compared page by page with a clean build of the edited sources.
"""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from conftest import output_problems
from incremental import EDITS, WAYS, clean_copy, stale_pages, write_links
from sphinx.testing.util import SphinxTestApp

#: The edits that concern each way (an included file's own edit concerns its includer).
CASES = [(way, edit) for way in WAYS for edit in ("rename", "move")]
CASES += [("include", "retarget-included"), ("listing", "retarget-included")]


def build(srcdir: Path, fresh: bool, problems: list[str]) -> SphinxTestApp:
    """An html build of ``srcdir``; what the output checks find goes to ``problems``."""
    app = SphinxTestApp(
        "html", srcdir=srcdir, freshenv=fresh, status=StringIO(), warning=StringIO()
    )
    try:
        app.build()
        problems += output_problems(app)
        assert app.warning.getvalue() == ""
    finally:
        app.cleanup()
    return app


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[str], list[str]]]:
    """edit -> (the pages an incremental build after it leaves different from a clean build,
    what the output checks found in the three builds)."""
    found = {}
    for edit, change in EDITS.items():
        base = tmp_path_factory.mktemp(edit)
        problems: list[str] = []
        src = write_links(base / "incremental", list(WAYS))
        build(src, True, problems)
        change(src)
        incremental = build(src, False, problems)
        clean = build(clean_copy(src, base / "clean"), True, problems)
        found[edit] = (stale_pages(Path(incremental.outdir), Path(clean.outdir)), problems)
    return found


@pytest.mark.parametrize(("way", "edit"), CASES, ids="-".join)
def test_incremental_build_equals_clean(builds, way: str, edit: str) -> None:
    stale, problems = builds[edit]
    assert f"way-{way}.html" not in stale
    assert [p for p in problems if f": way-{way}.html:" in p] == []


def test_no_page_goes_stale(builds) -> None:
    """No page at all differs or breaks (the index and the declaring pages neither)."""
    for edit, (stale, problems) in builds.items():
        assert (stale, problems) == ([], []), edit
