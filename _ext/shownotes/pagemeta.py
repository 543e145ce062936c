"""A talk page's description for search engines and shared links: its talk's summary.

A page that holds exactly one talk (declared, not ``:no-index:``) gets that talk's summary as
its ``<meta name="description">`` (a docutils ``meta`` node, written by Sphinx's HTML writer)
and, for sphinxext-opengraph, as the page's ``og:description`` (the page's ``meta`` fields,
which that extension reads; it then writes no description of its own). Other pages keep what
the site's extensions give them.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from .access import get_domain
from .model import Talk


def page_talk(app: Sphinx, docname: str) -> Talk | None:
    """The one talk of ``docname`` with a summary, or ``None``."""
    derived = get_domain(app.env).derived
    ids = derived.talks_by_page.get(docname, [])
    talk = derived.winners.get("talk", {}).get(ids[0]) if len(ids) == 1 else None
    return talk if isinstance(talk, Talk) and talk.summary else None


def add_description(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved`` (html builders): the page's ``<meta name="description">``."""
    if app.builder.format != "html" or app.builder.name == "singlehtml":
        return
    talk = page_talk(app, docname)
    if talk is not None:
        doctree.insert(0, nodes.meta("", name="description", content=talk.summary))


def add_og_description(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context`` (before sphinxext-opengraph's): the page's ``og:description``."""
    talk = page_talk(app, pagename) if doctree is not None else None
    if talk is not None:
        context["meta"] = {**(context.get("meta") or {}), "og:description": talk.summary}


def setup_pagemeta(app: Sphinx) -> None:
    """Register the description handlers."""
    app.connect("doctree-resolved", add_description)
    app.connect("html-page-context", add_og_description, priority=400)
