"""Every builder Sphinx ships builds every test root, with no warning of its own, and its output
holds the name of every object the root declares (generated over ``tests/roots``).

A root meant to warn (bad input) must give every builder the warnings it gives ``html``, and
no more: "-W" for the clean roots. The output checks of ``conftest.py`` (ids, labels, links,
epubcheck) run after each build too.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from io import StringIO
from pathlib import Path

import pytest
from helpers import warnings_of
from outputs import BUILDERS, output_text, written_as
from sphinx.testing.util import SphinxTestApp

ROOTS = sorted(
    p.name.removeprefix("test-") for p in (Path(__file__).parent / "roots").glob("test-*")
)

#: Roots whose input is bad on purpose: they warn, the same with every builder.
WARNING_ROOTS = frozenset(
    {"bad-input", "bad-directives", "bad-values", "checklist", "duplicates", "events-bad", "times"}
)
#: Roots that warn with the LaTeX builder only, and only with these subtypes.
LATEX_ONLY_WARNINGS = {"pdflatex": "pdflatex-unsupported"}


def copy_root(rootdir: Path, root: str, into: Path) -> Path:
    srcdir = into / root
    shutil.copytree(rootdir / f"test-{root}", srcdir)
    return srcdir


def relative_warnings(app: SphinxTestApp) -> list[str]:
    """The build's warnings, each once (the epub builder resolves the root document four times,
    and repeats its warnings, Sphinx's own too), with the source folder written ``<src>``."""
    warnings = warnings_of(app.warning.getvalue())
    return sorted({w.replace(str(app.srcdir), "<src>") for w in warnings})


@pytest.fixture(scope="session")
def html_warnings(
    rootdir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], list[str]]:
    """The warnings of a root's html build (built once per session)."""
    cache: dict[str, list[str]] = {}

    def warnings_for(root: str) -> list[str]:
        if root not in cache:
            srcdir = copy_root(rootdir, root, tmp_path_factory.mktemp("html-warnings"))
            app = SphinxTestApp("html", srcdir=srcdir, status=StringIO(), warning=StringIO())
            try:
                app.build()
                cache[root] = relative_warnings(app)
            finally:
                app.cleanup()
        return cache[root]

    return warnings_for


def declared_names(app: SphinxTestApp) -> dict[str, str]:
    """``"objtype id"`` -> the name or title of every object the build declares."""
    derived = app.env.domains["shownotes"].derived  # type: ignore[attr-defined]
    return {
        f"{objtype} {oid}": record.display_name
        for objtype, records in derived.winners.items()
        for oid, record in records.items()
    }


def cases() -> list:
    return [pytest.param(root, builder) for root in ROOTS for builder in BUILDERS]


@pytest.mark.slow
@pytest.mark.parametrize(("root", "builder"), cases())
def test_builder_builds_root_and_shows_every_name(
    make_app, rootdir: Path, tmp_path: Path, html_warnings, root: str, builder: str
) -> None:
    expected = html_warnings(root) if root in WARNING_ROOTS else []  # (before this test's app)
    app = make_app(builder, srcdir=copy_root(rootdir, root, tmp_path), freshenv=True)
    app.build()
    warnings = relative_warnings(app)
    if builder == "latex" and root in LATEX_ONLY_WARNINGS:
        subtype = LATEX_ONLY_WARNINGS[root]
        assert warnings, f"the {root} root warns with the LaTeX builder"
        assert all(w.endswith(f"[shownotes.{subtype}]") for w in warnings), warnings
        warnings = []
    assert warnings == expected
    if root in WARNING_ROOTS:
        assert all(re.search(r"\[shownotes\.[a-z-]+\]$", w) for w in warnings), warnings
    names = declared_names(app)
    assert names, "the root declares objects"
    text = output_text(Path(app.outdir), builder)
    engine = app.config.latex_engine
    missing = {key: name for key, name in names.items() if not shows(text, name, builder, engine)}
    assert missing == {}


def shows(text: str, name: str, builder: str, engine: str) -> bool:
    """True if ``name`` is in ``text`` as ``builder`` writes it (man's writer upper-cases the
    headings of its ``.SH`` sections, so a talk titled like its section shows in capitals;
    gettext's catalogues hold a title as written, with its inline markup: ``*connectivity*``)."""
    written = written_as(name, builder, engine)
    if builder == "gettext":
        text = re.sub(r"[*`]", "", text)
    return written in text or (builder == "man" and written.upper() in text)
