"""Listing rows turned into nodes: one renderer per listing kind and output format.

A renderer takes the listing's rows (:mod:`shownotes.rows`) and a :class:`RenderContext` and
returns the nodes that replace the listing's placeholder. :mod:`shownotes.kinds` says which
renderer each listing kind has for ``html`` (epub too), ``latex`` and ``text`` (every other
builder: man, texinfo, xml...). Renderers build standard docutils nodes and sphinx-design
components; user text stays text nodes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from docutils import nodes

#: The output formats a listing kind renders for; any other builder gets the ``text`` one.
FORMATS = ("html", "latex", "text")  # epub uses html unless a kind has an "epub" one


class RenderContext(NamedTuple):
    """Where a listing is drawn: the page it is on, its options, and an anchor it may use."""

    refdoc: str  #: the document the listing stands in (its links are relative to it)
    options: Mapping[str, str]  #: the directive's options (filters, display options)
    anchor: str  #: an id unique in the whole build, the same in every build
    language: str = "en"  #: the site's language (``language`` in conf.py), for dates
    depth: int = 1  #: how many sections the listing stands in (its headings go one deeper)


#: ``renderer(rows, context) -> nodes`` that replace the placeholder.
Renderer = Callable[[Any, RenderContext], list[nodes.Node]]
