"""Shared pytest set-up: Sphinx's testing fixtures, the test roots folder, and the checks every
build's output must pass (``harness.py``), run after every ``app.build()`` of every test."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import epub_problems, epubcheck_command, html_problems
from sphinx.testing.util import SphinxTestApp
from tools import on_ci

pytest_plugins = ("sphinx.testing.fixtures",)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where the ``tests/roots/test-*`` Sphinx projects live."""
    return Path(__file__).parent / "roots"


def left_over_pages(app: SphinxTestApp, began: float) -> set[Path]:
    """The pages an incremental build left in place for documents it no longer has (Sphinx
    never deletes a page): not written by this build, and no current document's output."""
    outfile = getattr(app.builder, "get_outfilename", None)
    if outfile is None:
        return set()
    current = {Path(outfile(doc)).resolve() for doc in app.env.all_docs}
    pages = Path(app.outdir).resolve().rglob("*.html")
    return {page for page in pages if page.stat().st_mtime < began and page not in current}


def output_problems(app: SphinxTestApp, began: float = 0.0) -> list[str]:
    """What is wrong with the output of ``app``'s last build (see ``harness.py``)."""
    outdir = Path(app.outdir)
    problems: list[str] = []
    if app.builder.format == "html":
        left_over = left_over_pages(app, began) if began else set()
        problems += html_problems(
            outdir, app.builder.name, app.config.root_doc, left_over=left_over
        )
    if app.builder.name == "epub":
        if epubcheck_command() is None:
            if on_ci():
                problems.append("epubcheck is not installed (Debian: epubcheck)")
        else:
            for epub in sorted(outdir.glob("*.epub")):
                problems += [f"epubcheck {epub.name}: {line}" for line in epub_problems(epub)]
    return [f"{app.builder.name} build in {outdir}: {problem}" for problem in problems]


@pytest.fixture(autouse=True)
def output_checks(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """After every ``app.build()``, check its output; fail the test with what is wrong.

    A test that builds broken output on purpose says so with ``@pytest.mark.no_output_checks``.
    """
    if request.node.get_closest_marker("no_output_checks"):
        yield
        return
    problems: list[str] = []
    build = SphinxTestApp.build

    def checked_build(self: SphinxTestApp, *args: object, **kwargs: object) -> None:
        began = time.time()
        build(self, *args, **kwargs)  # type: ignore[arg-type]
        problems.extend(p for p in output_problems(self, began) if p not in problems)

    monkeypatch.setattr(SphinxTestApp, "build", checked_build)
    yield
    if problems:
        pytest.fail("output checks:\n" + "\n".join(problems), pytrace=False)
