"""Issue 14, phase 2: each listed defect and each of the new user's, with the test that failed
before its fix (the defect's number starts the test's name)."""

from __future__ import annotations

from pathlib import Path

from corpus import write_corpus
from helpers import warnings_of

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Defects"
copyright = "2015, test"
version = release = "1.0"
"""


def project(root: Path, pages: dict[str, str], conf: str = CONF) -> Path:
    """A project of ``pages`` (docname -> MyST); ``index`` holds a toctree of the others."""
    root.mkdir(parents=True)
    (root / "conf.py").write_text(conf)
    others = [name for name in pages if name != "index"]
    index = pages.get("index", "# Defects\n")
    if others:
        index += "\n```{toctree}\n" + "\n".join(others) + "\n```\n"
    (root / "index.md").write_text(index)
    for name, text in pages.items():
        if name != "index":
            (root / f"{name}.md").write_text(text)
    return root


def build(make_app, srcdir: Path, builder: str = "html", **kwargs):
    """``make_app(builder)`` of ``srcdir``, built and cleaned up."""
    app = make_app(builder, srcdir=srcdir, **kwargs)
    app.build()
    app.cleanup()
    return app


def test_5_parallel_reports_a_duplicate_on_one_page_once(make_app, tmp_path: Path):
    """Defect 5: ``-j 2`` warned three times (once against itself); ``-j 1`` once."""
    src = write_corpus(tmp_path / "dup", documents=24)
    page = src / "talks-010.md"
    twice = ":::{speaker} twice\n:name: Twice\n:::\n\n"
    page.write_text(page.read_text() + "\n" + twice + twice)
    app = build(make_app, src, parallel=2, freshenv=True)
    duplicates = [w for w in warnings_of(app.warning.getvalue()) if "duplicate-id" in w]
    assert len(duplicates) == 1, duplicates
