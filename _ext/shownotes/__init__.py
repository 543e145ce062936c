"""sphinx-shownotes: speakers, talks, projects and checklists for conference show notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from .checklist_nodes import setup_checklist_nodes
from .config import setup_config
from .directives.imported_text import setup_imported_text
from .domain import ShownotesDomain, ShownotesRole, warn_unknown_reference
from .exports.setup import setup_exports
from .fingerprints import setup_fingerprints
from .genindex import add_letter_page, link_project_index
from .i18n import setup_i18n
from .i18n_text import setup_option_text
from .indexing import setup_indexing
from .latex import setup_latex
from .latex_setup import setup_latex_defaults
from .man import setup_man
from .nodes import setup_nodes
from .onepage import UniqueIdsOnOnePage
from .pagemeta import setup_pagemeta
from .pdflatex import setup_pdflatex_check
from .photos import setup_photos
from .transforms import setup_transforms
from .update import note_docs_to_read, update_derived
from .video import setup_video

__version__ = "0.1.0"

#: The CSS and JavaScript the HTML builders get (files of ``static/``).
STATIC = Path(__file__).parent / "static"
CSS_FILES = ("shownotes.css", "checklist.css")
JS_FILES = ("checklist.js", "video.js")


def add_assets(app: Sphinx) -> None:
    """``builder-inited``: the package's static folder and its CSS/JS, for html builders only
    (epub included)."""
    if app.builder.format != "html":
        return
    app.config.html_static_path.append(str(STATIC))
    for name in CSS_FILES:
        app.add_css_file(name)
    for name in JS_FILES:
        app.add_js_file(name, loading_method="defer")


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the domain, its directives and roles (from the registry), config values,
    nodes, post-transforms and assets."""
    app.setup_extension("sphinx_design")
    setup_config(app)
    setup_i18n(app)
    setup_option_text(app)
    app.add_domain(ShownotesDomain)
    # Unprefixed aliases, for MyST users: {speaker}`id` as well as {shownotes:speaker}`id`.
    for name, directive in ShownotesDomain.directives.items():
        app.add_directive(name, directive)
    for objtype in ShownotesDomain.roles:
        app.add_role(objtype, ShownotesRole(warn_dangling=True))
    setup_nodes(app)
    setup_checklist_nodes(app)
    setup_video(app)
    setup_pagemeta(app)
    setup_imported_text(app)
    setup_latex(app)
    setup_latex_defaults(app)
    setup_man(app)
    setup_pdflatex_check(app)
    setup_photos(app)
    setup_transforms(app)
    setup_indexing(app)
    app.add_post_transform(UniqueIdsOnOnePage)
    setup_exports(app)
    setup_fingerprints(app)
    app.connect("env-before-read-docs", note_docs_to_read)
    app.connect("env-updated", update_derived)
    app.connect("warn-missing-reference", warn_unknown_reference)
    app.connect("builder-inited", add_assets)
    app.connect("html-page-context", link_project_index)
    app.connect("html-collect-pages", add_letter_page)
    return {
        "version": __version__,
        "env_version": ShownotesDomain.data_version,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
