"""Defects whose fixes live in the code issue 10 rewrites (branch ``arch``): phase 2 of issue 14.

Each test below fails on this branch. ``conftest.py`` keeps this file out of ``make test``
(``collect_ignore``); run it with::

    SHOWNOTES_PENDING=1 .venv/bin/python -m pytest tests/pending_phase2.py

``/work/wt/notes/defects.md`` gives, for each test, the failure, where the fix lives and the fix
proposed. When a fix lands, move its test into the suite (and drop the matching exception there:
``PENDING`` in test_every_builder.py and test_incremental_links.py, ``SPLIT_AT_SEMICOLON`` in
test_every_text.py, the gettext skips, ``theme_limits`` in harness.py).
"""

from __future__ import annotations

from pathlib import Path

from helpers import line_of, warnings_of

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Pending"
copyright = "2015, test"
version = release = "1.0"
"""


def project(root: Path, pages: dict[str, str], conf: str = CONF) -> Path:
    """A project of ``pages`` (docname -> MyST); ``index`` holds a toctree of the others."""
    root.mkdir(parents=True)
    (root / "conf.py").write_text(conf)
    others = [name for name in pages if name != "index"]
    index = pages.get("index", "# Pending\n")
    if others:
        index += "\n```{toctree}\n" + "\n".join(others) + "\n```\n"
    (root / "index.md").write_text(index)
    for name, text in pages.items():
        if name != "index":
            (root / f"{name}.md").write_text(text)
    return root


def build(make_app, srcdir: Path, builder: str = "html", **kwargs):
    app = make_app(builder, srcdir=srcdir, **kwargs)
    app.build()
    app.cleanup()
    return app


# -- listed defects --------------------------------------------------------------------------


# -- the new user's ----------------------------------------------------------------------------


def test_new_user_options_after_a_blank_line_warn(make_app, tmp_path: Path):
    """Options after a blank line (or after the body) silently become summary text."""
    page = "# Late\n\n## A talk\n\n:::{talk} late\n:title: Late options\n\nSummary.\n\n"
    page += ":room: Room B\n:::\n"
    app = build(make_app, project(tmp_path / "late", {"index": page}), freshenv=True)
    warnings = warnings_of(app.warning.getvalue())
    line = line_of(Path(app.srcdir) / "index.md", ":room:")
    assert any(f"index.md:{line}:" in w and ":room:" in w for w in warnings), warnings


def test_new_user_a_misspelt_option_or_id_gets_a_did_you_mean(make_app, tmp_path: Path):
    page = "# Typos\n\n:::{speaker} yamada-taro\n:name: Taro Yamada\n:::\n\n## A talk\n\n"
    page += ":::{talk} typo\n:title: Typos\n:speaker: yamada-taro\n:::\n\n"
    page += "Mentions {speaker}`yamada-tarou`.\n"
    app = build(make_app, project(tmp_path / "typos", {"index": page}), freshenv=True)
    warnings = " ".join(warnings_of(app.warning.getvalue()))
    assert "did you mean :speakers:" in warnings.lower()
    assert "did you mean 'yamada-taro'" in warnings.lower()


def test_new_user_myst_without_colon_fence_warns_once(make_app, tmp_path: Path):
    """MyST without ``colon_fence`` drops every ``:::`` directive silently."""
    conf = CONF.replace('myst_enable_extensions = ["colon_fence"]\n', "")
    page = "# Fence\n\n:::{speaker} ada\n:name: Ada\n:::\n\n:::{speaker} bob\n:name: Bob\n:::\n"
    app = build(make_app, project(tmp_path / "fence", {"index": page}, conf), freshenv=True)
    warnings = [w for w in warnings_of(app.warning.getvalue()) if "colon_fence" in w]
    assert len(warnings) == 1, warnings_of(app.warning.getvalue())
