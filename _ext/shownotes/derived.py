"""Data derived once per build, after every document is read: winners and indexes.

Every listing reads these indexes; nothing here scans all records per listing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .model import Mention, Project, Record, Talk

#: Sorts talks without a date or time after the others of their day.
_LATE = "~"


@dataclass
class Derived:
    """Indexes built in one pass over the domain's records."""

    winners: dict[str, dict[str, Record]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    talks_by_speaker: dict[str, list[str]] = field(default_factory=dict)
    schedule: list[str] = field(default_factory=list)
    talks_mentioning: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    pages_mentioning: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def lookup(self, objtype: str, target: str) -> Record | None:
        """The winning record of ``objtype`` called ``target`` (project aliases too)."""
        found = self.winners.get(objtype, {}).get(target)
        if found is None and objtype == "project" and target in self.aliases:
            found = self.winners["project"].get(self.aliases[target])
        return found


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


def derive(
    objects: dict[str, dict[str, list[Record]]],
    mentions: dict[str, list[Mention]],
    doc_order: dict[str, int],
) -> Derived:
    """Build every index from the declarations and mentions of all documents."""
    winners = {
        objtype: {oid: min(records, key=lambda r: r.sort_key) for oid, records in by_id.items()}
        for objtype, by_id in objects.items()
    }
    talks = sorted(
        (t for t in winners.get("talk", {}).values() if isinstance(t, Talk)),
        key=lambda t: talk_order(t, doc_order),
    )
    talks_by_speaker: dict[str, list[str]] = defaultdict(list)
    for talk in talks:
        for speaker in dict.fromkeys(talk.speakers):
            talks_by_speaker[speaker].append(talk.id)

    aliases: dict[str, str] = {}
    for project in sorted(winners.get("project", {}).values(), key=lambda r: r.sort_key):
        if isinstance(project, Project):
            for alias in project.aliases:
                aliases.setdefault(alias, project.id)

    position = {talk.id: n for n, talk in enumerate(talks)}
    talk_sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    page_sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for docname in sorted(mentions):
        for mention in mentions[docname]:
            target = mention.target
            if mention.objtype == "project":
                target = (
                    aliases.get(target, target)
                    if target not in winners.get("project", {})
                    else target
                )
            key = (mention.objtype, target)
            page_sets[key].add(mention.docname)
            if mention.talk in position:
                talk_sets[key].add(mention.talk)
    return Derived(
        winners=winners,
        aliases=aliases,
        talks_by_speaker=dict(talks_by_speaker),
        schedule=[talk.id for talk in talks],
        talks_mentioning={k: sorted(v, key=position.__getitem__) for k, v in talk_sets.items()},
        pages_mentioning={k: sorted(v) for k, v in page_sets.items()},
    )
