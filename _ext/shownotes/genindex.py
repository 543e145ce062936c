"""Link the "Project index" from the general index, as an entry any theme renders.

Sphinx builds the general index once and hands the same list of letter groups to every page of
it (with ``html_split_index``: the overview, the full index and one page per letter), then zips
that list with its counts. So the list is never changed in place: each page's context gets a
copy with the entry added, in the group and at the place Sphinx's own sorting would give it
(after "Symbols", between the letters around it). With a split index and no group of the entry's
letter, the letter's page is added too (``html-collect-pages``), so the overview's link to it
resolves.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment.adapters.indexentries import IndexEntries
from sphinx.locale import _ as sphinx_gettext

from .domain import ProjectIndex, ShownotesDomain
from .indexing import restore_genindex

INDEX_PAGE = f"{ShownotesDomain.name}-{ProjectIndex.name}"

#: One entry of a letter group: (text, (links, sub-entries, category key)).
Entry = tuple[str, tuple[list[tuple[str, str]], list[Any], str | None]]
Group = tuple[str, list[Entry]]


def _sort_key(text: str) -> tuple[int, str]:
    """Sphinx's order of index entries: symbols first, then letters, case and accents aside."""
    key = unicodedata.normalize("NFD", text.lower()).removeprefix("\N{RIGHT-TO-LEFT MARK}")
    return (1 if key[:1].isalpha() or key.startswith("_") else 0, key)


def _entry_key(entry: Entry) -> tuple[tuple[int, str], str]:
    name, (_links, _subitems, category_key) = entry
    return _sort_key(category_key or name), name


def group_of(text: str) -> str:
    """The letter group Sphinx puts ``text`` in (its first letter, or "Symbols")."""
    letter = unicodedata.normalize("NFD", text.removeprefix("\N{RIGHT-TO-LEFT MARK}")[:1])[:1]
    letter = letter.upper()
    return letter if letter.isalpha() or letter == "_" else sphinx_gettext("Symbols")


def with_entry(entries: Sequence[Entry], entry: Entry) -> list[Entry]:
    """A copy of one group's ``entries`` with ``entry`` at its sorted place."""
    out = list(entries)
    out.insert(bisect.bisect(out, _entry_key(entry), key=_entry_key), entry)
    return out


def with_group_entry(groups: Sequence[Group], entry: Entry) -> list[Group]:
    """A copy of the index ``groups`` with ``entry`` in its letter's group (a new group if
    none), which goes after "Symbols" and in letter order among the others."""
    letter = group_of(entry[0])
    out = list(groups)
    for position, (key, entries) in enumerate(out):
        if key == letter:
            out[position] = (key, with_entry(entries, entry))
            return out
    symbols = sphinx_gettext("Symbols")
    keys = [(0, "") if key == symbols else _sort_key(key) for key, _entries in out]
    out.insert(bisect.bisect(keys, _sort_key(letter)), (letter, [entry]))
    return out


def _counts(groups: Sequence[Group]) -> list[int]:
    """Sphinx's ``genindexcounts``: lines per group, to balance the columns."""
    return [sum(1 + len(subitems) for _, (_, subitems, _) in entries) for _, entries in groups]


def _entry(app: Sphinx, context: dict[str, Any]) -> Entry | None:
    """The "Project index" entry as seen from this page, if that index was written."""
    written = {name for name, *_ in getattr(app.builder, "domain_indices", ())}
    if INDEX_PAGE not in written:
        return None
    return (str(ProjectIndex.localname), ([("", context["pathto"](INDEX_PAGE))], [], None))


def link_project_index(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: on every page of the general index, the entries' ``;`` back
    (:mod:`shownotes.indexing`), and the "Project index" entry added."""
    if pagename != "genindex" and not pagename.startswith("genindex-"):
        return
    restore_genindex(context)
    groups = context.get("genindexentries")
    entry = _entry(app, context) if groups is not None else None
    if groups is None or entry is None:
        return
    context["genindexentries"] = with_group_entry(groups, entry)
    if "genindexcounts" in context:
        context["genindexcounts"] = _counts(context["genindexentries"])
    if pagename == f"genindex-{group_of(entry[0])}" and "entries" in context:
        context["entries"] = with_entry(context["entries"], entry)
        context["count"] = int(context.get("count", 0)) + 1


def add_letter_page(app: Sphinx) -> Iterator[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: with a split index, the letter page of the entry when Sphinx
    wrote none (no other entry starts with that letter); :func:`link_project_index` fills it."""
    builder = app.builder
    written = {name for name, *_ in getattr(builder, "domain_indices", ())}
    if not (app.config.html_split_index and getattr(builder, "use_index", False)):
        return
    if INDEX_PAGE not in written:
        return
    letter = group_of(str(ProjectIndex.localname))
    groups = IndexEntries(app.env).create_index(builder)
    if any(key == letter for key, _entries in groups):
        return
    context = {"key": letter, "entries": [], "count": 0, "genindexentries": groups}
    yield (f"genindex-{letter}", context, "genindex-single.html")
