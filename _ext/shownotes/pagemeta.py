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
from .derived import Derived
from .model import Talk
from .plaintext import resolve

#: The longest summary a page's description takes (longer ones are cut at a word).
SUMMARY_LENGTH = 300


def summary_text(talk: Talk, derived: Derived) -> str:
    """The talk's summary as one line of plain text, cut at a word after ``SUMMARY_LENGTH``."""

    def name_of(objtype: str, target: str) -> str | None:
        found = derived.lookup(objtype, target)
        return found.display_name if found is not None else None

    text = " ".join(resolve(talk.summary, name_of).split())
    if len(text) <= SUMMARY_LENGTH:
        return text
    return text[:SUMMARY_LENGTH].rsplit(" ", 1)[0] + "\u2026"


def page_description(app: Sphinx, docname: str) -> str:
    """The summary of the one talk of ``docname``, or ``""``."""
    derived = get_domain(app.env).derived
    ids = derived.talks_by_page.get(docname, [])
    talk = derived.winners.get("talk", {}).get(ids[0]) if len(ids) == 1 else None
    return summary_text(talk, derived) if isinstance(talk, Talk) else ""


def add_description(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved`` (html builders): the page's ``<meta name="description">``."""
    if app.builder.format != "html" or app.builder.name == "singlehtml":
        return
    description = page_description(app, docname)
    if description:
        doctree.insert(0, nodes.meta("", name="description", content=description))


def add_og_description(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context`` (before sphinxext-opengraph's): the page's ``og:description``."""
    description = page_description(app, pagename) if doctree is not None else ""
    if description:
        context["meta"] = {**(context.get("meta") or {}), "og:description": description}


def setup_pagemeta(app: Sphinx) -> None:
    """Register the description handlers."""
    app.connect("doctree-resolved", add_description)
    app.connect("html-page-context", add_og_description, priority=400)
