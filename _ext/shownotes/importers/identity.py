"""One speaker per person, and one id per object that never changes from one import to the next.

Speakers who share a key (the same source id, or the same name written the same way) are one
speaker, wherever they speak. An object that an earlier import wrote keeps the id it got then;
a new one gets a slug of its source's key, with a ``-2``, ``-3``... suffix if that id is taken.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from . import clean
from .blocks import Page
from .records import Schedule, Speaker


class Forest:
    """Union-find over keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The root of ``key``'s set."""
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Join the sets of ``a`` and ``b`` (``a``'s root stays the root)."""
        root, other = self.find(a), self.find(b)
        if root != other:
            self.parent[other] = root


def merge_speakers(schedule: Schedule) -> None:
    """Make each person one :class:`Speaker` (the first seen), and point talks at it.

    Records that share a key are one person: the same id of the source, or the same name
    spelt the same way (``clean.name_key``), whichever event they come from.
    """
    forest = Forest()
    for speaker in schedule.speakers:
        for key in speaker.keys:
            forest.union(speaker.key, key)
    groups: dict[str, Speaker] = {}
    owner: dict[str, str] = {}
    for speaker in schedule.speakers:
        root = forest.find(speaker.key)
        if root in groups:
            _absorb(groups[root], speaker)
        else:
            groups[root] = speaker
            speaker.keys = tuple(dict.fromkeys((speaker.key, *speaker.keys)))
        owner.setdefault(speaker.key, groups[root].key)
    schedule.speakers = list(groups.values())
    for talk in schedule.talks:
        talk.speakers = tuple(dict.fromkeys(owner[k] for k in talk.speakers if k in owner))


def _absorb(target: Speaker, other: Speaker) -> None:
    """Add ``other``'s keys and any field ``target`` lacks to ``target``."""
    if other.key not in target.keys or not set(other.keys) <= set(target.keys):
        target.keys = tuple(dict.fromkeys((*target.keys, other.key, *other.keys)))
    target.role = target.role or other.role
    target.bio = target.bio or other.bio
    target.photo = target.photo or other.photo
    target.links = tuple(dict.fromkeys((*target.links, *other.links)))


def earlier_ids(pages: Iterable[Page]) -> dict[str, dict[str, str]]:
    """``{kind: {key: id}}`` for every event, talk and speaker an earlier import wrote."""
    ids: dict[str, dict[str, str]] = {"event": {}, "talk": {}, "speaker": {}}
    for page in pages:
        for block in [page.header, *page.sections]:
            if block is not None and block.kind in ids:
                for key in block.keys:
                    ids[block.kind].setdefault(key, block.oid)
    return ids


class Ids:
    """Ids of one kind: those already given, and new ones that collide with none."""

    def __init__(self, given: dict[str, str], reserved: Iterable[str] = ()) -> None:
        self.given = given
        self.taken = set(given.values()) | set(reserved)

    def of(self, keys: tuple[str, ...], hint: str, fallback: str) -> str:
        """The id of the object with these ``keys``: the given one, else a new slug."""
        for key in keys:
            if key in self.given:
                return self.given[key]
        base = clean.slug(hint) or clean.slug(fallback)
        if not base:
            base = "x-" + hashlib.sha1(keys[0].encode("utf-8")).hexdigest()[:8]
        oid, n = base, 1
        while oid in self.taken:
            n += 1
            oid = f"{base}-{n}"
        self.taken.add(oid)
        for key in keys:
            self.given[key] = oid
        return oid
