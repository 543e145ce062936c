"""After reading (``env-updated``): derive the indexes and every listing's rows once, warn about
duplicates, and return exactly the documents whose generated parts changed.

Each document's fingerprint is a hash of everything other documents put on it: the default text
and target of its references, and the rows of its listings (DESIGN.md section 4). They are
compared with those of the pages in the builder's output folder (:mod:`shownotes.fingerprints`).
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from .access import get_domain
from .config import configured_event, default_event
from .derived import Derived, derive, reading_order
from .domain import ANY_KIND
from .fences import warn_unfenced
from .fingerprints import stored_fingerprints
from .indexing import sync_index_entries
from .kinds import LISTINGS, OBJECT_KINDS
from .log import did_you_mean, warn
from .membership import toctree_parents
from .model import Mention, Record
from .rows import caption_of
from .titles import name_titles


def records_mentions(metadata: dict[str, Any]) -> bool:
    """False for a page whose front matter says ``shownotes-mentions: false``
    (documentation pages whose examples should not count as discussion)."""
    value = metadata.get("shownotes-mentions", True)
    return str(value).strip().lower() not in ("false", "no", "off", "0")


def page_title(env: BuildEnvironment, docname: str) -> str:
    """The title of a page, as text (its docname if it has none)."""
    title = env.titles.get(docname)
    return title.astext() if title is not None else docname


def fill_rows(derived: Derived, listings: dict[str, list[Any]]) -> None:
    """Compute the rows of every listing placed anywhere, once each."""
    derived.rows = {}
    for specs in listings.values():
        for spec in specs:
            if spec not in derived.rows:
                kind, filters = spec
                derived.rows[spec] = LISTINGS[kind].rows(derived, dict(filters))


def warn_duplicates(env: BuildEnvironment, objects: dict[str, dict[str, list[Record]]]) -> None:
    """A ``duplicate-id`` warning at each later declaration of an id (in fresh documents)."""
    fresh = get_domain(env).data["fresh"]
    for kind in OBJECT_KINDS:
        for oid, records in sorted(objects[kind.name].items()):
            if len(records) < 2 or not any(r.docname in fresh for r in records):
                continue
            first, *later = sorted(records, key=lambda r: r.sort_key)
            for record in later:
                warn(
                    f"{kind.name} id {oid!r} is already declared at "
                    f"{env.doc2path(first.docname, False)}:{first.lineno}; "
                    "this declaration is ignored",
                    "duplicate-id",
                    (record.docname, record.lineno),
                )


def warn_unknown_names(env: BuildEnvironment, derived: Derived) -> None:
    """An ``unknown-<kind>`` warning for each listing filter (in fresh documents) that names
    an object nobody declared: ``:speaker: nobody`` in a schedule."""
    data = get_domain(env).data
    for docname in sorted(data["fresh"] & set(data["named"])):
        for objtype, target, line in data["named"][docname]:
            if derived.lookup(objtype, target) is None:
                hint = did_you_mean(target, derived.ids_of(objtype))
                warn(
                    f"unknown {objtype} id {target!r} in the :{objtype}: filter: "
                    f"no {objtype} directive declares it" + (f"; {hint}" if hint else ""),
                    f"unknown-{objtype}",
                    (docname, line),
                )


def fingerprint(derived: Derived, refs: list[tuple[str, str]], listings: list[Any]) -> str:
    """Hash of everything other documents generate on one document."""
    parts: list[object] = []
    for objtype, target in refs:
        kinds = [k.name for k in OBJECT_KINDS] if objtype == ANY_KIND else [objtype]
        for kind in kinds:
            found = derived.lookup(kind, target)
            shown = found and (found.docname, found.anchor, found.display_name)
            parts.append((kind, target, shown))
    parts.extend((spec, derived.rows[spec]) for spec in listings)
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def derive_all(env: BuildEnvironment) -> Derived:
    """Every index of this build, then every listing's rows."""
    data = get_domain(env).data
    # Front matter is read by the time every document is: filter opted-out pages here.
    mentions: dict[str, list[Mention]] = {
        docname: found
        for docname, found in data["mentions"].items()
        if records_mentions(env.metadata.get(docname, {}))
    }
    doc_order = reading_order(env.config.root_doc, env.toctree_includes)
    parents = toctree_parents(env.toctree_includes, doc_order)
    derived = derive(data["objects"], mentions, doc_order, parents, default_event(env.config))
    name_titles(env, derived, sorted(doc for doc, titled in data["titled"].items() if titled))
    configured = configured_event(env.config)
    # Without an id, the configured event captions every schedule; with one, it is an event
    # like the declared ones and captions the schedules of its own talks.
    derived.caption = "" if configured.id else caption_of(configured)
    pages = {doc for docs in derived.pages_mentioning.values() for doc in docs}
    derived.page_titles = {doc: page_title(env, doc) for doc in sorted(pages)}
    fill_rows(derived, data["listings"])
    return derived


def update_derived(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: derive once; return the unchanged-source pages to rewrite.

    When no document was read or removed since the last derivation (a no-op build), every
    index, row and fingerprint is what it was: nothing is derived again and nothing rewritten.
    """
    domain = get_domain(env)
    data = domain.data
    data["derived"].unfetched.clear()  # (what this build could not fetch: photos.py)
    data["derived"].unfetched_told.clear()
    if not data["fresh"] and not data.get("stale", True):
        # Nothing to derive again, but this builder's pages may predate the last derivation
        # (another builder, sharing the doctrees, made it): compare with what they hold.
        return changed_pages(app, data["derived"].fingerprints, data["fresh"])
    data["derived"] = derived = derive_all(env)
    data["stale"] = False
    data["generation"] = uuid.uuid4().hex  # what the exports' key says they were made from
    sync_index_entries(env)
    warn_duplicates(env, data["objects"])
    warn_unknown_names(env, derived)
    unfenced = data["unfenced"]
    warn_unfenced(env, {doc: unfenced[doc] for doc in sorted(data["fresh"] & set(unfenced))})
    refs, listings = data["refs"], data["listings"]
    derived.fingerprints = {
        docname: fingerprint(derived, refs.get(docname, []), listings.get(docname, []))
        for docname in sorted(set(refs) | set(listings))
    }
    return changed_pages(app, derived.fingerprints, data["fresh"])


def changed_pages(app: Sphinx, fingerprints: dict[str, str], fresh: set[str]) -> list[str]:
    """The documents not read in this build whose fingerprint differs from the one of their
    page in this builder's output folder (:mod:`shownotes.fingerprints`)."""
    stored = stored_fingerprints(app)
    return [doc for doc, new in fingerprints.items() if stored.get(doc) != new and doc not in fresh]


def note_docs_to_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: remember the documents this build reads (duplicates are
    reported for them)."""
    get_domain(env).note_fresh(docnames)
