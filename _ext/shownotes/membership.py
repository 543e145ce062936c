"""Which event each talk (and page) belongs to, decided after reading (pure functions).

A talk's event is, in this order:

1. its ``:event:`` option;
2. else the last event declared before it on its page;
3. else the event of the nearest page above its page in the toctree that declares one (the
   first event that page declares);
4. else the site's default event (``shownotes_event`` with an ``id``), else none ("").

A page's event (for listings filtered by event) is the first event it declares, else rules 3
and 4. Only winning declarations count: an ignored duplicate declares nothing. Everything here is
computed from the records and the toctree of the whole build, so ``-j`` and incremental builds
agree.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping

from .model import Event, Talk


def toctree_parents(
    includes: Mapping[str, list[str]], doc_order: Mapping[str, int]
) -> dict[str, str]:
    """Each document's parent: the first page, in reading order, whose toctree includes it."""
    parents: dict[str, str] = {}
    for parent in sorted(includes, key=lambda doc: (doc_order.get(doc, len(doc_order)), doc)):
        for child in includes[parent]:
            if child != parent:
                parents.setdefault(child, parent)
    return parents


class Membership:
    """Events by page and the toctree above each page: answers "which event?"."""

    def __init__(
        self, events: Iterable[Event], parents: Mapping[str, str], default: str = ""
    ) -> None:
        by_page: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for event in events:
            if event.drawn:
                by_page[event.docname].append((event.lineno, event.id))
        self.by_page = {doc: sorted(found) for doc, found in by_page.items()}
        self.parents = parents
        self.default = default
        self._inherited: dict[str, str] = {}

    def inherited(self, docname: str) -> str:
        """The event of the nearest page above ``docname`` that declares one, or the default."""
        if docname in self._inherited:
            return self._inherited[docname]
        seen = {docname}
        parent = self.parents.get(docname)
        found = self.default
        while parent is not None and parent not in seen:
            if parent in self.by_page:
                found = self.by_page[parent][0][1]
                break
            seen.add(parent)
            parent = self.parents.get(parent)
        self._inherited[docname] = found
        return found

    def of_talk(self, talk: Talk) -> str:
        """The event ``talk`` belongs to ("" for none)."""
        if talk.event:
            return talk.event
        declared = self.by_page.get(talk.docname, [])
        before = bisect_left(declared, (talk.lineno, ""))
        if before:
            return declared[before - 1][1]
        return self.inherited(talk.docname)

    def of_page(self, docname: str) -> str:
        """The event a page belongs to: the first it declares, else the inherited one."""
        declared = self.by_page.get(docname)
        return declared[0][1] if declared else self.inherited(docname)
