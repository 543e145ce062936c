"""This site's own directive: the reference page's tables, generated from shownotes' registry.

``:::{shownotes-reference} kinds`` draws the table of object kinds (directive, role, listings,
warnings); ``prefixes`` the table of directives and roles with and without the domain prefix;
``warnings`` the table of warning subtypes. Both
read :mod:`shownotes.kinds` and :mod:`shownotes.warnings`, so a new kind or subtype is in the
documentation as soon as it is in the registry.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from shownotes.kinds import LISTING_KINDS, OBJECT_KINDS
from shownotes.warnings import all_subtypes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

ROLE_TARGETS = {"check": "checklist-id.check-id"}


def literal(text: str) -> nodes.literal:
    return nodes.literal(text, text)


def joined(items: list[nodes.Node]) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    for n, item in enumerate(items):
        out.extend([nodes.Text(", "), item] if n else [item])
    return out


class ReferenceTable(SphinxDirective):
    """A table of the registry: ``prefixes`` or ``warnings``."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        if self.arguments[0] == "prefixes":
            return [self.table(["Without the prefix", "With the prefix"], self.prefix_rows())]
        if self.arguments[0] == "kinds":
            headings = ["Object", "Directive and role", "Listed by", "Its own warnings"]
            return [self.table(headings, self.kind_rows())]
        if self.arguments[0] == "warnings":
            headings = ["Subtype", "Triggered by, for example", "What happens"]
            return [self.table(headings, self.warning_rows())]
        raise self.error(f"unknown table {self.arguments[0]!r} (kinds, prefixes, warnings)")

    def kind_rows(self) -> list[list[list[nodes.Node]]]:
        placed = {listing.name for listing in LISTING_KINDS if listing.placed}
        rows = []
        for kind in OBJECT_KINDS:
            listed = [literal(name) for name in kind.lists if name in placed]
            rows.append(
                [
                    [nodes.Text(kind.name)],
                    [literal(f":::{{{kind.name}}}"), nodes.Text(", "), literal(f"{{{kind.name}}}")],
                    joined(listed),
                    joined([literal(name) for name in kind.all_subtypes()]),
                ]
            )
        return rows

    def prefix_rows(self) -> list[list[list[nodes.Node]]]:
        names = [kind.name for kind in OBJECT_KINDS]
        names += [listing.name for listing in LISTING_KINDS if listing.placed]
        rows = [[[literal(f":::{{{n}}}")], [literal(f":::{{shownotes:{n}}}")]] for n in names]
        for kind in OBJECT_KINDS:
            target = ROLE_TARGETS.get(kind.name, "id")
            rows.append(
                [
                    [literal(f"{{{kind.name}}}`{target}`")],
                    [literal(f"{{shownotes:{kind.name}}}`{target}`")],
                ]
            )
        return rows

    def warning_rows(self) -> list[list[list[nodes.Node]]]:
        rows = []
        for name, subtype in all_subtypes().items():
            trigger, messages = self.parse_inline(subtype.trigger, lineno=self.lineno)
            effect, more = self.parse_inline(subtype.effect, lineno=self.lineno)
            rows.append([[literal(name)], [*trigger, *messages], [*effect, *more]])
        return rows

    def table(self, headings: list[str], rows: list[list[list[nodes.Node]]]) -> nodes.table:
        tgroup = nodes.tgroup(cols=len(headings))
        tgroup += [nodes.colspec(colwidth=1) for _ in headings]
        tgroup += nodes.thead(
            "", nodes.row("", *(nodes.entry("", nodes.paragraph("", h)) for h in headings))
        )
        body = nodes.tbody()
        for row in rows:
            body += nodes.row("", *(nodes.entry("", nodes.paragraph("", "", *c)) for c in row))
        tgroup += body
        table = nodes.table("", tgroup)
        self.set_source_info(table)
        return table


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("shownotes-reference", ReferenceTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
