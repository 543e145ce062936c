"""The nodes that link exported files from the pages, and the schema.org data of a page.

They only write something for the builders that write the exports (html, dirhtml, singlehtml)
and only when ``shownotes_exports`` names the export: an epub has no files beside it to link,
and a reading system runs no script. Every other builder skips them. The links' URLs depend on
the page they are on, so the HTML visitors make them (the translator knows its builder);
their words are UI words, the data is JSON escaped so that no text can end the script.
"""

from __future__ import annotations

import json
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import get_translation

from ..nodes import listing_placeholder, make_placeholder
from .common import BUILDERS
from .ics import talk_file
from .jsonld import PageRef, PhotoRef
from .urls import Urls, photo_url

_ = get_translation("shownotes")

#: What a JSON text must not hold inside a ``<script>`` element (HTML would read them).
SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                  "\u2029": "\\u2029"}  # fmt: skip


class calendar_link(nodes.Inline, nodes.Element):
    """ "Add to calendar" after a timed talk's time: its own ``.ics`` file."""


class export_links(nodes.General, nodes.Element):
    """The schedule's line of links to its exported files: Calendar, JSON, XML."""


class linked_data(nodes.General, nodes.Element):
    """A ``<script type="application/ld+json">`` holding schema.org data (``node["data"]``)."""


def here(docname: str, lineno: int) -> dict[str, str]:
    """The filters naming a declaration (only the winning one of an id gets the link or data:
    decided after reading, like a listing, so incremental builds follow)."""
    return {"doc": docname, "line": str(lineno)}


def calendar_link_of(
    docname: str, lineno: int, talk_id: str, date: str, start: str
) -> list[nodes.Node]:
    """Where the "Add to calendar" link of a declared talk with a date and a start goes."""
    if not (talk_id and date and start):
        return []
    return [make_placeholder("talk-calendar", docname, {"talk": talk_id, **here(docname, lineno)})]


def linked_data_of(kind: str, docname: str, lineno: int, oid: str) -> listing_placeholder:
    """Where the schema.org data of a declared talk or speaker (``kind``) goes."""
    return make_placeholder(f"{kind}-data", docname, {kind: oid, **here(docname, lineno)})


def calendar_link_html(rows: Any, ctx: Any) -> list[nodes.Node]:
    """The link, for the HTML visitor to write (nothing where the talk has no calendar file)."""
    return [calendar_link(talk=rows)] if rows else []


def writes(translator: Any, export: str) -> bool:
    """True where this page is written by an exporting builder with ``export`` on."""
    builder = translator.builder
    return builder.name in BUILDERS and export in builder.config.shownotes_exports


def link(translator: Any, label: str, path: str, classes: list[str]) -> None:
    """Write a link to the exported file ``path`` (relative to the output's root)."""
    urls = Urls(translator.builder)
    uri = urls.from_page(translator.builder.current_docname, path)
    reference = nodes.reference("", label, refuri=uri, internal=False)
    nodes.inline("", "", reference, classes=classes).walkabout(translator)


def visit_calendar_link_html(self: Any, node: calendar_link) -> None:
    if writes(self, "ics"):
        self.body.append(" \u00b7 ")
        link(self, _("Add to calendar"), talk_file(node["talk"]), ["shownotes-calendar"])
    raise nodes.SkipNode


def visit_export_links_html(self: Any, node: export_links) -> None:
    found = [
        (label, f"{node['stem']}.{suffix}")
        for export, label, suffix in (
            ("ics", _("Calendar"), "ics"),
            ("json", _("JSON"), "json"),
            ("xml", _("XML"), "xml"),
        )
        if writes(self, export) and (export == "ics" or node["frab"])
    ]
    if found:
        self.body.append(self.starttag(node, "p", "", CLASS="shownotes-exports"))
        for n, (label, path) in enumerate(found):
            if n:
                self.body.append(" \u00b7 ")
            link(self, label, path, ["shownotes-export"])
        self.body.append("</p>\n")
    raise nodes.SkipNode


def json_text(data: Any, resolve: Any) -> str:
    """``data`` as JSON that cannot end the script element it stands in, whatever its text."""
    text = json.dumps(data, ensure_ascii=False, default=resolve, indent=None)
    for char, escape in SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def visit_linked_data_html(self: Any, node: linked_data) -> None:
    if not writes(self, "jsonld"):
        raise nodes.SkipNode
    builder = self.builder
    urls = Urls(builder)
    here = builder.current_docname

    def resolve(ref: Any) -> str:
        if isinstance(ref, PageRef):
            return urls.from_page(here, urls.page(ref.docname, ref.anchor))
        if isinstance(ref, PhotoRef):
            found = photo_url(builder, ref.docname, ref.photo)
            return urls.from_page(here, found) if found and "://" not in found else found
        raise TypeError(f"not JSON: {ref!r}")

    self.body.append('<script type="application/ld+json">')
    self.body.append(json_text(node["data"], resolve))
    self.body.append("</script>\n")
    raise nodes.SkipNode


def no_output(rows: Any, ctx: Any) -> list[nodes.Node]:
    """Formats other than HTML show no schema.org data (the renderer of LaTeX and text)."""
    return []


def linked_data_html(rows: Any, ctx: Any) -> list[nodes.Node]:
    """The data, for the HTML visitor to write (nothing for an unknown object)."""
    return [linked_data(data=rows)] if rows else []


def setup_export_nodes(app: Sphinx) -> None:
    """Register the nodes: written by the HTML builders, skipped by every other."""
    skip = (skip_node, None)
    for node, visit in (
        (calendar_link, visit_calendar_link_html),
        (export_links, visit_export_links_html),
        (linked_data, visit_linked_data_html),
    ):
        app.add_node(node, html=(visit, None), latex=skip, text=skip, man=skip, texinfo=skip)


def skip_node(self: Any, node: nodes.Node) -> None:
    raise nodes.SkipNode
