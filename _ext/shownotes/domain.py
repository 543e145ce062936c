"""The ``shownotes`` domain: records per document, cross-references, objects.inv, indices.

Its object types, roles and directives come from the registry (:mod:`shownotes.kinds`). What is
derived after reading (winners, indexes, every listing's rows, fingerprints) is computed by
:mod:`shownotes.update`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from typing import Any, ClassVar, cast

from docutils import nodes
from docutils.nodes import Element
from docutils.parsers.rst import Directive
from sphinx.addnodes import pending_xref
from sphinx.builders import Builder
from sphinx.domains import Domain, ObjType
from sphinx.environment import BuildEnvironment
from sphinx.roles import XRefRole
from sphinx.util.nodes import make_refnode

from .derived import Derived
from .fences import first_unfenced
from .indexing import object_index
from .indices import ProjectIndex
from .kinds import LISTINGS, MENTIONED, OBJECT_KINDS, OBJECTS, directives
from .log import did_you_mean, warn
from .model import Mention, Record
from .nodes import listing_placeholder
from .titles import NAMED

__all__ = ["DATA_VERSION", "ProjectIndex", "ShownotesDomain", "ShownotesRole"]

#: Bump when the shape of the stored data changes: old environments are then re-read.
DATA_VERSION = 6

#: The ``objtype`` a document's ``refs`` give a reference that may land on any kind of object.
ANY_KIND = "*"

#: The per-document parts of the domain's data (each is ``docname -> value``).
PER_DOCUMENT = (
    "mentions",
    "refs",
    "listings",
    "named",
    "index",
    "index_given",
    "titled",
    "unfenced",
)


class ShownotesRole(XRefRole):
    """``{speaker}`id``` and friends: a cross-reference whose default text is the object's name."""

    innernodeclass = nodes.inline

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        # Registered both as ``shownotes:speaker`` and, for MyST users, as plain ``speaker``.
        self.refdomain, self.reftype = "shownotes", self.name.rpartition(":")[2]
        self.classes = ["xref", "shownotes", f"shownotes-ref-{self.reftype}"]
        if not self.target.strip():
            warn(f"the {{{self.reftype}}} role needs an id", "bad-id", self.get_location())
            return [nodes.inline(self.rawtext, self.title)], []
        found, messages = self.create_xref_node()
        if not self.has_explicit_title:
            # Kept by the copies Sphinx makes of titles (page titles, tables of contents), so
            # that they can show the object's name too (shownotes.titles).
            for xref_node in found:
                if not isinstance(xref_node, pending_xref) or not xref_node.children:
                    continue
                text = xref_node[0]
                if isinstance(text, nodes.Element):
                    text[NAMED] = f"{xref_node['reftype']}:{xref_node['reftarget']}"
        return found, messages


class ShownotesDomain(Domain):
    """Speakers, talks, projects and checklists of conference show notes."""

    name = "shownotes"
    label = "Show notes"
    object_types = {k.name: ObjType(k.name, k.name) for k in OBJECT_KINDS}  # noqa: RUF012
    roles = {k.name: ShownotesRole(warn_dangling=True) for k in OBJECT_KINDS}  # noqa: RUF012
    directives: ClassVar[dict[str, type[Directive]]] = dict(directives())
    indices = [ProjectIndex]  # noqa: RUF012
    initial_data = {  # noqa: RUF012
        "version": DATA_VERSION,
        "objects": {k.name: {} for k in OBJECT_KINDS},  # objtype -> id -> [Record]
        "docs": {},  # docname -> [(objtype, id)] declared there
        "mentions": {},  # docname -> [Mention]
        "refs": {},  # docname -> sorted [(objtype or ANY_KIND, target)] referenced there
        "listings": {},  # docname -> [ListingSpec] placed there
        "named": {},  # docname -> [(objtype, id, line)] named by its listings' filters
        "index": {},  # docname -> [(objtype, id, docname, line, label, anchor)] of its objects
        "index_given": {},  # docname -> the index entries given to Sphinx's index domain
        "titled": {},  # docname -> True if a role stands in a title there
        "unfenced": {},  # docname -> (directive, line) of its first ':::' read as text
        "fresh": set(),  # docnames read in this build
        "stale": True,  # a document was read or removed since ``derived`` was computed
        "derived": Derived(),
    }
    data_version = DATA_VERSION

    # -- storage ---------------------------------------------------------------------------

    @property
    def objects(self) -> dict[str, dict[str, list[Record]]]:
        return self.data["objects"]

    @property
    def derived(self) -> Derived:
        """Winners, indexes and listing rows of this build (see :mod:`shownotes.derived`)."""
        return self.data["derived"]

    def add_record(self, objtype: str, record: Record) -> None:
        """Store a declaration; duplicates are decided after all documents are read."""
        self.data["stale"] = True
        self.objects[objtype].setdefault(record.id, []).append(record)
        self.data["docs"].setdefault(record.docname, []).append((objtype, record.id))

    def clear_doc(self, docname: str) -> None:
        """Drop the records of ``docname``, touching only the ids it declared."""
        self.data["stale"] = True
        for objtype, oid in self.data["docs"].pop(docname, ()):
            records = self.objects[objtype].get(oid, [])
            kept = [r for r in records if r.docname != docname]
            if kept:
                self.objects[objtype][oid] = kept
            else:
                self.objects[objtype].pop(oid, None)
        for key in PER_DOCUMENT:
            self.data[key].pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Take the records of ``docnames`` from a parallel reader, never twice."""
        self.data["stale"] = True
        for docname in docnames:
            # A document that declares an id twice lists it twice: take its records once.
            for objtype, oid in dict.fromkeys(otherdata["docs"].get(docname, ())):
                for record in otherdata["objects"][objtype].get(oid, ()):
                    if record.docname == docname:
                        self.add_record(objtype, record)
            for key in ("mentions", "refs", "listings", "named", "index", "titled", "unfenced"):
                if docname in otherdata[key]:
                    self.data[key][docname] = otherdata[key][docname]

    def process_doc(self, env: BuildEnvironment, docname: str, document: nodes.document) -> None:
        """Record the mentions, references and listings of a document just read."""
        self.data["stale"] = True
        mentions: list[Mention] = []
        refs: set[tuple[str, str]] = set()
        for node in document.findall(pending_xref):
            if node.get("refdomain") != self.name:
                if _any_kind(node):
                    refs.add((ANY_KIND, node["reftarget"]))
                continue
            objtype, target = node["reftype"], node["reftarget"]
            refs.add((objtype, target))
            if objtype in MENTIONED:
                talk = node.get("shownotes_talk") or _enclosing_talk(node)
                mentions.append(Mention(objtype, target, docname, node.line or 0, talk))
        self.data["mentions"][docname] = mentions
        self.data["refs"][docname] = sorted(refs)
        self.data["titled"][docname] = any(
            True for title in document.findall(nodes.title) for _ in title.findall(_named)
        )
        unfenced = first_unfenced(env, document, self.directives)
        if unfenced is not None:
            self.data["unfenced"][docname] = unfenced
        placed = list(document.findall(listing_placeholder))
        self.data["listings"][docname] = [node.spec for node in placed]
        self.data["index"][docname] = [
            tuple(node[key] for key in ("kind", "oid", "docname", "lineno", "label", "anchor"))
            for node in document.findall(object_index)
            if node["label"]
        ]
        self.data["named"][docname] = [
            (option, value, node.line or 0)
            for node in placed
            if LISTINGS[node["kind"]].placed
            for option, value in node["filters"]
            if option in OBJECTS
        ]

    def note_fresh(self, docnames: Iterable[str]) -> None:
        """Remember which documents this build reads (for warnings about them)."""
        self.data["fresh"] = set(docnames)

    def rows(self, spec: Any) -> Any:
        """The rows of the listing ``spec``, computed after reading (and here for one that
        was not placed when they were, such as a doctree another extension builds later)."""
        rows = self.derived.rows
        if spec not in rows:
            kind, filters = spec
            rows[spec] = LISTINGS[kind].rows(self.derived, dict(filters))
        return rows[spec]

    # -- cross-references ------------------------------------------------------------------

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> nodes.reference | None:
        found = self.derived.lookup(typ, target)
        if found is None:
            return None
        return self._refnode(builder, fromdocname, found, node, contnode)

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> list[tuple[str, nodes.reference]]:
        results = []
        for kind in OBJECT_KINDS:
            found = self.derived.lookup(kind.name, target)
            if found is not None:
                refnode = self._refnode(builder, fromdocname, found, node, contnode)
                results.append((f"{self.name}:{kind.name}", refnode))
        return results

    def _refnode(
        self,
        builder: Builder,
        fromdocname: str,
        found: Record,
        node: pending_xref,
        contnode: Element,
    ) -> nodes.reference:
        if not node.get("refexplicit") and contnode.astext() in ("", node["reftarget"]):
            contnode = nodes.inline("", found.display_name, classes=contnode.get("classes", []))
        if not found.docname:  # the configured event, drawn on no page: its web site, if any
            url = getattr(found, "url", "")
            if url:
                return nodes.reference("", "", contnode, refuri=url, internal=False)
            # Sphinx puts whatever node this returns in place of the reference: here, its text.
            return cast("nodes.reference", contnode)
        return make_refnode(
            builder, fromdocname, found.docname, found.anchor, contnode, found.display_name
        )

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for kind in OBJECT_KINDS:
            for oid, record in sorted(self.derived.winners.get(kind.name, {}).items()):
                yield (oid, record.display_name, kind.name, record.docname, record.anchor, 1)

    def get_full_qualified_name(self, node: Element) -> str | None:
        return node.get("reftarget")


def _named(node: nodes.Node) -> bool:
    """True for the text of a role that shows its object's name."""
    return isinstance(node, nodes.Element) and NAMED in node


def _any_kind(node: pending_xref) -> bool:
    """True for a reference that may land on an object of any kind: MyST's ``[](id)`` (no
    domain) and ``{any}``; :meth:`ShownotesDomain.resolve_any_xref` resolves both."""
    return not node.get("refdomain") and node.get("reftype") in ("myst", "any")


def _enclosing_talk(node: nodes.Node) -> str:
    """The talk whose section holds ``node``, or ``""``."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.section) and parent.get("shownotes_talk"):
            return str(parent["shownotes_talk"])
        parent = parent.parent
    return ""


def warn_unknown_reference(app: object, domain: Domain, node: pending_xref) -> bool | None:
    """``warn-missing-reference``: nothing (intersphinx included) resolved it; say so once."""
    if domain.name != ShownotesDomain.name:
        return None
    objtype, target = node["reftype"], node["reftarget"]
    hint = did_you_mean(target, cast("ShownotesDomain", domain).derived.ids_of(objtype))
    warn(
        f"unknown {objtype} id {target!r}: no {objtype} directive declares it"
        + (f"; {hint}" if hint else ""),
        f"unknown-{objtype}",
        node,
    )
    return True
