"""Data derived once per build, after every document is read: winners and indexes.

:func:`derive` is pure (records in, indexes out), so it is unit-tested without Sphinx. Every
listing reads these indexes; nothing here scans all records per listing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from .membership import Membership
from .model import Check, Checklist, Event, Mention, Project, Record, Talk
from .plaintext import resolve

#: Sorts talks without a date or time after the others of their day.
_LATE = "~"


@dataclass
class Derived:
    """Indexes built in one pass over the domain's records (see the attributes' comments).

    ``rows`` maps each listing placed anywhere (its :data:`~shownotes.rows.ListingSpec`) to its
    rows; it is filled after the indexes, from them.
    """

    winners: dict[str, dict[str, Record]] = field(default_factory=dict)  # kind -> id -> record
    aliases: dict[str, str] = field(default_factory=dict)  # project alias -> project id
    talks_by_speaker: dict[str, list[str]] = field(default_factory=dict)  # in schedule order
    schedule: list[str] = field(default_factory=list)  # every talk id, in schedule order
    talks_mentioning: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    pages_mentioning: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    page_titles: dict[str, str] = field(default_factory=dict)  # of the pages that mention
    caption: str = ""  # a schedule's caption without an event: the configuration's name, place
    events: dict[str, Event] = field(default_factory=dict)  # declared, and the configured one
    default_event: str = ""  # the id of shownotes_event ("" without one)
    talk_event: dict[str, str] = field(default_factory=dict)  # talk id -> event id ("": none)
    talks_by_event: dict[str, list[str]] = field(default_factory=dict)  # in schedule order
    page_event: dict[str, str] = field(default_factory=dict)  # of the pages that mention
    talks_by_tag: dict[str, list[str]] = field(default_factory=dict)  # casefolded tag -> talks
    tag_names: dict[str, str] = field(default_factory=dict)  # casefolded -> first spelling
    talks_by_page: dict[str, list[str]] = field(default_factory=dict)  # docname -> its talks
    rows: dict[Any, Any] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)  # docname -> (see update.py)
    # Remote photos this build could not fetch (URL -> why) and where that was said (photos.py).
    unfetched: dict[str, str] = field(default_factory=dict)
    unfetched_told: set[tuple[str, str, int]] = field(default_factory=set)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without ``rows``: they are a cache, made again from the indexes for the
        listings of the pages a build writes (:meth:`ShownotesDomain.rows`). A no-op build
        then loads an environment a third smaller (6.6 MB instead of 10 MB at 3,000 talks)."""
        return {**self.__dict__, "rows": {}}

    def ids_of(self, objtype: str) -> list[str]:
        """Every id a link to ``objtype`` can name (a project's aliases too)."""
        found = list(self.winners.get(objtype, {}))
        return found + list(self.aliases) if objtype == "project" else found

    def lookup(self, objtype: str, target: str) -> Record | None:
        """The winning record of ``objtype`` called ``target`` (project aliases too; the
        configured event, which no page declares, too)."""
        found = self.winners.get(objtype, {}).get(target)
        if found is None and objtype == "project" and target in self.aliases:
            found = self.winners["project"].get(self.aliases[target])
        if found is None and objtype == "event":
            found = self.events.get(target)
        return found

    def project_id(self, target: str) -> str:
        """``target``, or the project it is an alias of."""
        if target and target not in self.winners.get("project", {}):
            return self.aliases.get(target, target)
        return target


def talk_order(talk: Talk, doc_order: dict[str, int]) -> tuple[str, str, int, str, int]:
    """Schedule order: date, start time (untimed last in their day), then reading order."""
    position = doc_order.get(talk.docname, len(doc_order))
    return (talk.date or _LATE, talk.start or _LATE, position, talk.docname, talk.lineno)


def reading_order(root: str, includes: dict[str, list[str]]) -> dict[str, int]:
    """Each document's position in the toctree, depth first from ``root``."""
    order: dict[str, int] = {}
    stack = [root]
    while stack:
        docname = stack.pop()
        if docname in order:
            continue
        order[docname] = len(order)
        stack.extend(reversed(includes.get(docname, [])))
    return order


def winners_of(objects: dict[str, dict[str, list[Record]]]) -> dict[str, dict[str, Record]]:
    """The first declaration of each id, in (docname, line) order, per kind; a check counts
    only in its checklist's winning declaration (an ignored checklist's checks are ignored)."""
    winners = {
        objtype: {oid: min(records, key=lambda r: r.sort_key) for oid, records in by_id.items()}
        for objtype, by_id in objects.items()
        if objtype != "check"
    }
    checklists = winners.get("checklist", {})
    checks: dict[str, Record] = {}
    for oid, records in objects.get("check", {}).items():
        owner = checklists.get(oid.partition(".")[0])
        kept = [
            r
            for r in records
            if isinstance(owner, Checklist) and r.docname == owner.docname and oid in owner.checks
        ]
        if kept:
            checks[oid] = min(kept, key=lambda r: r.sort_key)
    if "check" in objects:
        winners["check"] = checks
    return winners


def project_aliases(winners: dict[str, dict[str, Record]]) -> dict[str, str]:
    """Each alias to the project that declares it first."""
    aliases: dict[str, str] = {}
    for project in sorted(winners.get("project", {}).values(), key=lambda r: r.sort_key):
        if isinstance(project, Project):
            for alias in project.aliases:
                aliases.setdefault(alias, project.id)
    return aliases


def mention_indexes(
    derived: Derived, mentions: dict[str, list[Mention]]
) -> tuple[dict[tuple[str, str], list[str]], dict[tuple[str, str], list[str]]]:
    """The talks (in schedule order) and pages (by name) that mention each object."""
    position = {tid: n for n, tid in enumerate(derived.schedule)}
    talks = derived.winners.get("talk", {})
    talk_sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    page_sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for docname in sorted(mentions):
        for mention in mentions[docname]:
            target = mention.target
            if mention.objtype == "project":
                target = derived.project_id(target)
            key = (mention.objtype, target)
            page_sets[key].add(mention.docname)
            # (In the section of an ignored duplicate of a talk, it counts for no talk.)
            if mention.talk in position and talks[mention.talk].docname == mention.docname:
                talk_sets[key].add(mention.talk)
    return (
        {k: sorted(v, key=position.__getitem__) for k, v in talk_sets.items()},
        {k: sorted(v) for k, v in page_sets.items()},
    )


def event_indexes(derived: Derived, parents: dict[str, str], default_event: Event | None) -> None:
    """Each talk's event (and each mentioning page's), and the talks of each event."""
    events = {oid: e for oid, e in derived.winners.get("event", {}).items() if isinstance(e, Event)}
    if default_event is not None:
        derived.default_event = default_event.id
        events.setdefault(default_event.id, default_event)
    derived.events = events
    membership = Membership(events.values(), parents, derived.default_event)
    talks_by_event: dict[str, list[str]] = defaultdict(list)
    for talk in talks_of(derived, derived.schedule):
        event = membership.of_talk(talk)
        derived.talk_event[talk.id] = event
        if event:
            talks_by_event[event].append(talk.id)
    derived.talks_by_event = dict(talks_by_event)
    pages = {doc for docs in derived.pages_mentioning.values() for doc in docs}
    derived.page_event = {doc: membership.of_page(doc) for doc in sorted(pages)}


def talks_of(derived: Derived, ids: list[str]) -> list[Talk]:
    """The winning talks of ``ids``, in that order."""
    found = (derived.winners.get("talk", {}).get(tid) for tid in ids)
    return [talk for talk in found if isinstance(talk, Talk)]


def derive(
    objects: dict[str, dict[str, list[Record]]],
    mentions: dict[str, list[Mention]],
    doc_order: dict[str, int],
    parents: dict[str, str] | None = None,
    default_event: Event | None = None,
) -> Derived:
    """Build every index from the declarations and mentions of all documents, the toctree
    (``parents``: each page's parent page) and the configured event."""
    derived = Derived(winners=winners_of(objects))
    derived.aliases = project_aliases(derived.winners)
    talks = sorted(
        (t for t in derived.winners.get("talk", {}).values() if isinstance(t, Talk)),
        key=lambda t: talk_order(t, doc_order),
    )
    derived.schedule = [talk.id for talk in talks]
    talks_by_speaker: dict[str, list[str]] = defaultdict(list)
    talks_by_tag: dict[str, list[str]] = defaultdict(list)
    for talk in talks:
        derived.talks_by_page.setdefault(talk.docname, []).append(talk.id)
        for speaker in dict.fromkeys(talk.speakers):
            talks_by_speaker[speaker].append(talk.id)
        for tag in dict.fromkeys(tag.casefold() for tag in talk.tags):
            talks_by_tag[tag].append(talk.id)
        for tag in talk.tags:  # a tag is shown as it is first written, in schedule order
            derived.tag_names.setdefault(tag.casefold(), tag)
    derived.talks_by_speaker = dict(talks_by_speaker)
    derived.talks_by_tag = dict(talks_by_tag)
    derived.talks_mentioning, derived.pages_mentioning = mention_indexes(derived, mentions)
    event_indexes(derived, parents or {}, default_event)
    name_roles_in_titles(derived)
    return derived


def name_roles_in_titles(derived: Derived) -> None:
    """The winning checklists and checks whose titles hold roles get titles with the names
    the roles show (their ``title`` was read before any name was known)."""

    def name_of(kind: str, target: str) -> str | None:
        found = derived.lookup(kind, target)
        return found.display_name if found is not None else None

    named: list[tuple[str, str, Record]] = []
    for kind in ("checklist", "check"):
        for oid, record in derived.winners.get(kind, {}).items():
            if not isinstance(record, Checklist | Check):
                continue
            parts = record.title_parts
            if any(isinstance(part, tuple) for part in parts):
                named.append((kind, oid, replace(record, title=resolve(parts, name_of))))
    for kind, oid, record in named:  # (all looked up first: the order does not matter)
        derived.winners[kind][oid] = record
