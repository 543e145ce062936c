"""The general-index entry of each declared object: as the author wrote it, and for the winning
declaration of an id only.

Sphinx reads ``;`` in an index entry as "a sub-entry follows", and has no escape for it: "Semi;
Colon (speaker)" would be listed as "Semi" with a sub-entry "Colon (speaker)". So an object's
entry holds :data:`SEMICOLON` where its text has ``;``: a character canonically equivalent to
it, which Sphinx's index sorts and groups exactly as ``;``. Every output puts ``;`` back: the
HTML general index (:func:`restore_genindex`), LaTeX and Texinfo (:func:`visit_object_index`).
(``!``, ``@`` and ``|`` are index syntax in LaTeX only, where Sphinx's writer escapes them.)

Which declaration of an id wins is known only after every document is read: the entries are
recorded per document (:meth:`shownotes.domain.ShownotesDomain.process_doc`), then after
reading only the winners' are given to Sphinx's index (:func:`sync_index_entries`, which puts an
entry back when its declaration wins again), and :class:`DropIgnoredEntries` takes the others
out of every doctree written (PDF index, search index, Texinfo). The entries' text is made then
too, from the object's name (a title's roles show the names they link to only after reading).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform

from .access import get_domain
from .derived import Derived

#: Stands for ``;`` in index entries: GREEK QUESTION MARK, whose canonical decomposition is
#: ``;`` (Sphinx sorts and groups entries by their NFD form).
SEMICOLON = "\N{GREEK QUESTION MARK}"

#: One entry of Sphinx's index: (type, text, target id, main, category key).
IndexEntry = tuple[str, str, str, str, str | None]


class object_index(addnodes.index):
    """The index entry of one object's declaration: ``kind``, ``oid``, ``docname`` and
    ``lineno`` say which, ``label`` its text (``%s`` for the name; "" with ``:no-index:``) and
    ``anchor`` where it points. Its ``entries`` are filled when it is written (builders without
    a visitor of their own treat it as Sphinx's ``index``)."""


def object_entry(text: str, anchor: str) -> IndexEntry:
    """The single entry ``text`` (its ``;`` kept as text) pointing at ``anchor``."""
    return ("single", text.replace(";", SEMICOLON), anchor, "", None)


def shown(text: str) -> str:
    """An entry's text as it is shown: with its ``;``."""
    return text.replace(SEMICOLON, ";")


def make_index(
    kind: str, oid: str, docname: str, lineno: int, label: str, anchor: str
) -> object_index:
    """The index node of a declaration (``label`` "" with ``:no-index:``: no entry)."""
    return object_index(
        entries=[], kind=kind, oid=oid, docname=docname, lineno=lineno, label=label, anchor=anchor
    )


def entry_of(derived: Derived, kind: str, oid: str, docname: str, lineno: int, label: str,
             anchor: str) -> IndexEntry | None:  # fmt: skip
    """The entry of the declaration of ``kind`` ``oid`` at ``docname``:``lineno``, with the
    object's name (known after reading: a role in a title shows its object's name), if it is
    the declaration that counts (the first of its id); else ``None``."""
    found = derived.winners.get(kind, {}).get(oid)
    if found is None or (found.docname, found.lineno) != (docname, lineno):
        return None
    return object_entry(label % found.display_name, anchor)


def sync_index_entries(env: BuildEnvironment) -> None:
    """After reading: Sphinx's index holds the entries of winning declarations, none other
    (those it was given last time are taken back first)."""
    data = get_domain(env).data
    derived = data["derived"]
    sphinx_entries: dict[str, list[Any]] = env.domains.index_domain.entries
    given: dict[str, list[IndexEntry]] = data["index_given"]
    for docname in sorted(set(data["index"]) | set(given)):
        before = set(given.pop(docname, ()))
        kept = [e for e in sphinx_entries.get(docname, []) if tuple(e) not in before]
        found = (entry_of(derived, *where) for where in data["index"].get(docname, ()))
        new = [entry for entry in found if entry is not None]
        if new:
            given[docname] = new
        if kept or new:
            sphinx_entries[docname] = kept + new


class DropIgnoredEntries(SphinxPostTransform):
    """Fill each object's index entry with its name; take the entries of ignored duplicate
    declarations out of the doctree."""

    default_priority = 3

    def run(self, **kwargs: Any) -> None:
        derived = get_domain(self.env).derived
        for node in list(self.document.findall(object_index)):
            if not node["label"]:
                continue
            where = (node["kind"], node["oid"], node["docname"], node["lineno"])
            entry = entry_of(derived, *where, node["label"], node["anchor"])
            if entry is None:
                node.parent.remove(node)
            else:
                node["entries"] = [entry]


def visit_object_index(self: Any, node: object_index) -> None:
    """LaTeX and Texinfo: Sphinx's own index markup, with the entry's ``;`` put back."""
    start = len(self.body)
    try:
        self.visit_index(node)
    finally:
        self.body[start:] = [shown(part) for part in self.body[start:]]
    raise nodes.SkipNode


def _no_departure(self: Any, node: object_index) -> None:
    """(Never called: the visitor skips the node.)"""


def _restored(entries: Sequence[Any]) -> list[Any]:
    """A copy of one letter group's entries with their ``;`` back (sub-entries too)."""
    out = []
    for name, (links, subitems, key) in entries:
        subs = [(shown(sub), sublinks) for sub, sublinks in subitems]
        out.append((shown(name), (links, subs, key)))
    return out


def restore_genindex(context: dict[str, Any]) -> None:
    """The general index page's context with the entries' ``;`` back (copies: Sphinx hands
    the same lists to every page of the index)."""
    groups = context.get("genindexentries")
    if groups is not None:
        context["genindexentries"] = [(key, _restored(entries)) for key, entries in groups]
    if "entries" in context:  # a letter's page of a split index
        context["entries"] = _restored(context["entries"])


def setup_indexing(app: Sphinx) -> None:
    """Register the index node (LaTeX and Texinfo visitors) and its post-transform."""
    visitor = (visit_object_index, _no_departure)
    app.add_node(object_index, latex=visitor, texinfo=visitor)
    app.add_post_transform(DropIgnoredEntries)
