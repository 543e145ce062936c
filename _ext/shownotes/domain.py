"""The ``shownotes`` domain: records per document, cross-references, objects.inv, indices."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Set
from typing import Any

from docutils import nodes
from docutils.nodes import Element
from sphinx.addnodes import pending_xref
from sphinx.builders import Builder
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.environment import BuildEnvironment
from sphinx.roles import XRefRole
from sphinx.util.nodes import make_refnode

from .derived import Derived, derive, reading_order
from .directives.checklist import CheckDirective, ChecklistDirective
from .directives.listings import ProjectIndexDirective, ScheduleDirective, SpeakerGalleryDirective
from .directives.project import ProjectDirective
from .directives.speaker import SpeakerDirective
from .directives.talk import TalkDirective
from .model import OBJECT_TYPES, Mention, Project, Record
from .nodes import listing_placeholder
from .rows import ListingSpec, listing_rows
from .warnings import warn

#: Reference types that count as mentions (listings show where each is discussed).
MENTION_TYPES = ("speaker", "talk", "project")

#: Bump when the shape of the stored data changes: old environments are then re-read.
DATA_VERSION = 1


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
        return self.create_xref_node()


class ProjectIndex(Index):
    """The "Project index": every project with the talks and pages that mention it."""

    name = "projects"
    localname = "Project index"
    shortname = "projects"

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        domain = self.domain
        assert isinstance(domain, ShownotesDomain)
        derived = domain.derived
        content: dict[str, list[IndexEntry]] = {}
        projects = [
            p for p in derived.winners.get("project", {}).values() if isinstance(p, Project)
        ]
        projects.sort(key=lambda p: (p.display_name.casefold(), p.id))
        for project in projects:
            letter = project.display_name[:1].upper() or "?"
            entries = content.setdefault(letter, [])
            talks = derived.talks_mentioning.get(("project", project.id), [])
            entries.append(
                IndexEntry(
                    project.display_name,
                    1 if talks else 0,
                    project.docname,
                    project.anchor,
                    project.kind,
                    "",
                    "",
                )
            )
            for talk_id in talks:
                talk = derived.winners["talk"][talk_id]
                entries.append(
                    IndexEntry(talk.display_name, 2, talk.docname, talk.anchor, "", "", "talk")
                )
        return sorted(content.items()), True


class ShownotesDomain(Domain):
    """Speakers, talks, projects and checklists of conference show notes."""

    name = "shownotes"
    label = "Show notes"
    object_types = {  # noqa: RUF012 (Sphinx's own attribute shape)
        "speaker": ObjType("speaker", "speaker"),
        "talk": ObjType("talk", "talk"),
        "project": ObjType("project", "project"),
        "checklist": ObjType("checklist", "checklist"),
        "check": ObjType("check", "check"),
    }
    roles = {objtype: ShownotesRole(warn_dangling=True) for objtype in OBJECT_TYPES}  # noqa: RUF012
    directives = {  # noqa: RUF012
        "speaker": SpeakerDirective,
        "talk": TalkDirective,
        "project": ProjectDirective,
        "speaker-gallery": SpeakerGalleryDirective,
        "schedule": ScheduleDirective,
        "project-index": ProjectIndexDirective,
        "checklist": ChecklistDirective,
        "check": CheckDirective,
    }
    indices = [ProjectIndex]  # noqa: RUF012
    initial_data = {  # noqa: RUF012
        "version": DATA_VERSION,
        "objects": {objtype: {} for objtype in OBJECT_TYPES},  # objtype -> id -> [Record]
        "docs": {},  # docname -> [(objtype, id)] declared there
        "mentions": {},  # docname -> [Mention]
        "refs": {},  # docname -> sorted [(objtype, target)] referenced there
        "listings": {},  # docname -> [ListingSpec] placed there
        "fingerprints": {},  # docname -> hash of what other documents put on it
        "fresh": set(),  # docnames read in this build
        "derived": Derived(),
    }
    data_version = DATA_VERSION

    # -- storage ---------------------------------------------------------------------------

    @property
    def objects(self) -> dict[str, dict[str, list[Record]]]:
        return self.data["objects"]

    @property
    def derived(self) -> Derived:
        return self.data["derived"]

    def add_record(self, objtype: str, record: Record) -> None:
        """Store a declaration; duplicates are decided after all documents are read."""
        self.objects[objtype].setdefault(record.id, []).append(record)
        self.data["docs"].setdefault(record.docname, []).append((objtype, record.id))

    def clear_doc(self, docname: str) -> None:
        """Drop the records of ``docname``, touching only the ids it declared."""
        for objtype, oid in self.data["docs"].pop(docname, ()):
            records = self.objects[objtype].get(oid, [])
            kept = [r for r in records if r.docname != docname]
            if kept:
                self.objects[objtype][oid] = kept
            else:
                self.objects[objtype].pop(oid, None)
        for key in ("mentions", "refs", "listings", "fingerprints"):
            self.data[key].pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Take the records of ``docnames`` from a parallel reader, never twice."""
        for docname in docnames:
            for objtype, oid in otherdata["docs"].get(docname, ()):
                for record in otherdata["objects"][objtype].get(oid, ()):
                    if record.docname == docname:
                        self.add_record(objtype, record)
            for key in ("mentions", "refs", "listings"):
                if docname in otherdata[key]:
                    self.data[key][docname] = otherdata[key][docname]

    def process_doc(self, env: BuildEnvironment, docname: str, document: nodes.document) -> None:
        """Record the mentions, references and listings of a document just read."""
        mentions: list[Mention] = []
        refs: set[tuple[str, str]] = set()
        for node in document.findall(pending_xref):
            if node.get("refdomain") != self.name:
                continue
            objtype, target = node["reftype"], node["reftarget"]
            refs.add((objtype, target))
            if objtype in MENTION_TYPES:
                talk = node.get("shownotes_talk") or _enclosing_talk(node)
                mentions.append(Mention(objtype, target, docname, node.line or 0, talk))
        listings = [node.spec for node in document.findall(listing_placeholder)]
        self.data["mentions"][docname] = mentions
        self.data["refs"][docname] = sorted(refs)
        self.data["listings"][docname] = listings

    # -- after reading ---------------------------------------------------------------------

    def note_fresh(self, docnames: Iterable[str]) -> None:
        """Remember which documents this build reads (for warnings about them)."""
        self.data["fresh"] = set(docnames)

    def update_derived(self, env: BuildEnvironment) -> list[str]:
        """Rebuild the indexes, warn about duplicates, return the documents to rewrite."""
        doc_order = reading_order(env.config.root_doc, env.toctree_includes)
        # Front matter is read by the time every document is: filter opted-out pages here.
        mentions = {
            docname: found
            for docname, found in self.data["mentions"].items()
            if records_mentions(env.metadata.get(docname, {}))
        }
        self.data["derived"] = derive(self.objects, mentions, doc_order)
        self._warn_duplicates(env)
        changed = []
        fingerprints = self.data["fingerprints"]
        for docname in sorted(set(self.data["refs"]) | set(self.data["listings"])):
            new = self._fingerprint(env, docname)
            if fingerprints.get(docname) != new:
                fingerprints[docname] = new
                changed.append(docname)
        return [d for d in changed if d not in self.data["fresh"]]

    def _warn_duplicates(self, env: BuildEnvironment) -> None:
        fresh = self.data["fresh"]
        for objtype in OBJECT_TYPES:
            for oid, records in sorted(self.objects[objtype].items()):
                if len(records) < 2 or not any(r.docname in fresh for r in records):
                    continue
                first, *later = sorted(records, key=lambda r: r.sort_key)
                for record in later:
                    warn(
                        f"{objtype} id {oid!r} is already declared at "
                        f"{env.doc2path(first.docname, False)}:{first.lineno}; "
                        "this declaration is ignored",
                        "duplicate-id",
                        (record.docname, record.lineno),
                    )

    def _fingerprint(self, env: BuildEnvironment, docname: str) -> str:
        """Hash of everything other documents generate on ``docname``."""
        derived = self.derived
        parts: list[object] = []
        for objtype, target in self.data["refs"].get(docname, ()):
            found = derived.lookup(objtype, target)
            parts.append(
                (objtype, target, found and (found.docname, found.anchor, found.display_name))
            )
        for spec in self.data["listings"].get(docname, ()):
            parts.append((spec, listing_rows(derived, spec, lambda d: page_title(env, d))))
        return hashlib.sha256(repr(parts).encode()).hexdigest()

    def listing(self, env: BuildEnvironment, spec: ListingSpec) -> tuple[object, ...]:
        """The rows of a listing, from the indexes of this build."""
        return listing_rows(self.derived, spec, lambda d: page_title(env, d))

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
        for objtype in OBJECT_TYPES:
            found = self.derived.lookup(objtype, target)
            if found is not None:
                refnode = self._refnode(builder, fromdocname, found, node, contnode)
                results.append((f"{self.name}:{objtype}", refnode))
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
        return make_refnode(
            builder, fromdocname, found.docname, found.anchor, contnode, found.display_name
        )

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for objtype in OBJECT_TYPES:
            for oid, record in sorted(self.derived.winners.get(objtype, {}).items()):
                yield (oid, record.display_name, objtype, record.docname, record.anchor, 1)

    def get_full_qualified_name(self, node: Element) -> str | None:
        return node.get("reftarget")


def records_mentions(metadata: dict[str, Any]) -> bool:
    """False for a page whose front matter says ``shownotes-mentions: false``
    (documentation pages whose examples should not count as discussion)."""
    value = metadata.get("shownotes-mentions", True)
    return str(value).strip().lower() not in ("false", "no", "off", "0")


def page_title(env: BuildEnvironment, docname: str) -> str:
    """The title of a page, as text (its docname if it has none)."""
    title = env.titles.get(docname)
    return title.astext() if title is not None else docname


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
    warn(
        f"unknown {objtype} id {target!r}: no {objtype} directive declares it",
        f"unknown-{objtype}",
        node,
    )
    return True
