"""singlehtml: every document on one page, so the ids of an ignored duplicate declaration
(anchors are unique per document only: the later declaration of ``speaker-twin`` on another
page gets the anchor ``speaker-twin`` too) would be on the page twice.

Where an id made from an object's anchor stands in more than one document, the document of the
winning declaration keeps it; the others' copies get ids of their own. (Nothing links to an
ignored declaration: every reference lands on the winner.) Section ids that repeat across
documents are Sphinx's own limit of singlehtml and are left alone (but for a talk's anchor, which
is on the section it heads).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from .access import get_domain
from .nodeutil import first_free

#: Attributes of shownotes nodes that hold an id the writer puts on an element (a check's box,
#: a checklist's title), besides ``ids``.
ID_ATTRIBUTES = ("box_id", "title_id")


def _by_document(node: nodes.Element, docname: str) -> Iterator[tuple[str, nodes.Element]]:
    """Every element of ``node`` with the document it comes from (singlehtml marks where each
    document's content starts, inside its parent's)."""
    stack: list[tuple[nodes.Element, str]] = [(node, docname)]
    while stack:
        element, doc = stack.pop()
        if isinstance(element, addnodes.start_of_file):
            doc = element["docname"]
        yield doc, element
        stack.extend(
            (child, doc) for child in reversed(element.children) if isinstance(child, nodes.Element)
        )


def _ids(element: nodes.Element) -> Iterator[tuple[str, str]]:
    """The (attribute, id) pairs of ``element``: each of its ``ids``, then the others."""
    node_id: str
    for node_id in element.get("ids", ()):
        yield "ids", node_id
    for attribute in ID_ATTRIBUTES:
        if element.get(attribute):
            yield attribute, element[attribute]


class UniqueIdsOnOnePage(SphinxPostTransform):
    """Give the copies of an object's ids in documents other than the winner's ids of their own."""

    default_priority = 2
    builders = ("singlehtml",)

    def run(self, **kwargs: Any) -> None:
        derived = get_domain(self.env).derived
        owners = {  # anchor -> document of the winning declaration
            record.anchor: record.docname
            for records in derived.winners.values()
            for record in records.values()
        }
        places: dict[str, list[tuple[str, nodes.Element, str]]] = defaultdict(list)
        for doc, element in _by_document(self.document, self.config.root_doc):
            section = isinstance(element, nodes.section)
            for attribute, node_id in _ids(element):
                if not section or node_id in owners:  # (a talk's anchor is on its section)
                    places[node_id].append((doc, element, attribute))
        taken = set(places) | set(self.document.ids)
        for node_id, found in places.items():
            if len({doc for doc, _e, _a in found}) < 2:
                continue
            owner = self._owner(node_id, owners)
            if owner is None:
                continue
            for doc, element, attribute in found:
                if doc != owner:
                    new = first_free(f"{node_id}-{nodes.make_id(doc)}", taken)
                    if attribute == "ids":
                        element["ids"][element["ids"].index(node_id)] = new
                    else:
                        element[attribute] = new

    @staticmethod
    def _owner(node_id: str, owners: dict[str, str]) -> str | None:
        """The document of the winner whose anchor ``node_id`` is, or starts with (the ids made
        from an anchor), the longest such anchor first."""
        prefix = node_id
        while prefix:
            if prefix in owners:
                return owners[prefix]
            prefix = prefix.rpartition("-")[0]
        return None
