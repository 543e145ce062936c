"""sphinx-shownotes: speakers, talks, projects and checklists for conference show notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.fileutil import copy_asset_file

from .checklist_nodes import setup_checklist_nodes
from .directives.imported_text import setup_imported_text
from .domain import ShownotesDomain, ShownotesRole, warn_unknown_reference
from .genindex import link_project_index
from .latex import setup_latex
from .nodes import listing_placeholder, skip_node
from .transforms import FillListings

__version__ = "0.1.0"

STATIC = Path(__file__).parent / "static"
CSS_FILES = ("shownotes.css", "checklist.css")
JS_FILES = ("checklist.js",)


def _domain(env: BuildEnvironment) -> ShownotesDomain:
    return env.domains["shownotes"]  # type: ignore[return-value]


def note_docs_to_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Remember the documents this build reads (duplicates are reported for them)."""
    _domain(env).note_fresh(docnames)


def update_derived(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """After reading: build the indexes once; rewrite pages whose generated parts changed."""
    return _domain(env).update_derived(env)


def add_assets(app: Sphinx) -> None:
    """Ship the CSS and JS to HTML builders only (epub included)."""
    if app.builder.format != "html":
        return
    static = Path(app.builder.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    for name in CSS_FILES:
        copy_asset_file(STATIC / name, static, force=True)
        app.add_css_file(name)
    for name in JS_FILES:
        copy_asset_file(STATIC / name, static, force=True)
        app.add_js_file(name, loading_method="defer")


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the domain, its directives and roles, config values and assets."""
    app.setup_extension("sphinx_design")
    app.add_config_value(
        "shownotes_talk_kinds",
        ["keynote", "breakout", "workshop", "panel", "lightning", "hallway"],
        "env",
        types=frozenset({list, tuple}),
    )
    app.add_config_value("shownotes_checklist_persist", True, "html", types=frozenset({bool}))
    app.add_config_value("shownotes_event", {}, "env", types=frozenset({dict}))

    app.add_domain(ShownotesDomain)
    for name, directive in ShownotesDomain.directives.items():
        app.add_directive(name, directive)
    for objtype in ShownotesDomain.roles:
        app.add_role(objtype, ShownotesRole(warn_dangling=True))

    # Placeholders never reach a writer (FillListings replaces them); skip them if they do.
    app.add_node(
        listing_placeholder,
        html=(skip_node, None),
        latex=(skip_node, None),
        text=(skip_node, None),
        man=(skip_node, None),
        texinfo=(skip_node, None),
    )
    setup_checklist_nodes(app)
    setup_imported_text(app)
    setup_latex(app)
    app.add_post_transform(FillListings)
    app.connect("env-before-read-docs", note_docs_to_read)
    app.connect("env-updated", update_derived)
    app.connect("warn-missing-reference", warn_unknown_reference)
    app.connect("builder-inited", add_assets)
    app.connect("html-page-context", link_project_index)
    return {
        "version": __version__,
        "env_version": ShownotesDomain.data_version,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
