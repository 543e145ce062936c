"""Every warning subtype of the extension: the shared ones here, each kind's in the registry.

Warnings themselves go through :func:`warn` (type ``shownotes``, one of :data:`SUBTYPES`), so
``suppress_warnings = ["shownotes.<subtype>"]`` silences exactly one kind of mistake.
"""

from __future__ import annotations

from .kinds import LISTING_KINDS, OBJECT_KINDS
from .log import WARNING_TYPE, Subtype, logger, warn

__all__ = ["GENERAL", "SUBTYPES", "WARNING_TYPE", "Subtype", "all_subtypes", "logger", "warn"]

#: The subtypes every directive shares (a kind's own are declared with it in ``kinds.py``).
GENERAL: dict[str, Subtype] = {
    "bad-id": Subtype(
        "a missing id, or an id that is not a slug `[a-z0-9][a-z0-9-]*`: `:::{speaker} Ada`; "
        "`:::{speaker}` without an id; `:speakers: Ada Example`",
        "The object is drawn but not declared (nothing links to it); a bad list item is dropped",
    ),
    "duplicate-id": Subtype(
        "an id declared a second time: `:::{project} neutron` on a second page",
        "The first declaration in (docname, line) order wins; see {ref}`using-duplicate-ids`",
    ),
    "missing-option": Subtype(
        "a required option is absent: a `speaker`, `project` or `event` without `:name:`; a "
        "`talk`, `checklist` or `check` without `:title:`",
        "The id (for a talk, the section title) is used instead",
    ),
    "bad-date": Subtype(
        "a date that is not ISO `YYYY-MM-DD`: `:date: 27/10/2015`; an event whose `:end:` is "
        "before its `:start:`",
        "The date is left out",
    ),
    "bad-time": Subtype(
        "a time that is not 24-hour `HH:MM` (with an optional UTC offset `+HH:MM`): "
        "`:start: 9am`",
        "The time is left out",
    ),
    "bad-duration": Subtype(
        "a duration that is not a positive number of minutes: `:duration: half an hour`",
        "The duration is left out",
    ),
    "bad-url": Subtype(
        "a URL whose scheme is not http, https or mailto: `:url: ftp://example.org`; "
        "`:slides: javascript:alert(1)`; `:photo: data:image/png,...`",
        "The link or photo is dropped",
    ),
    "bad-filter": Subtype(
        "a listing filter with an empty or malformed value: `:org:` with no value; "
        "`:date: 2099-1-1` in `schedule`",
        "The filter is ignored",
    ),
    "misplaced": Subtype(
        "a directive where it makes no sense: a `check` outside a `checklist`; a declaring "
        "directive inside the body of another directive of the extension",
        "The directive is still drawn",
    ),
    "empty": Subtype(
        "a `checklist` with no `check` inside", "The checklist is drawn without checks"
    ),
    "unexpected-content": Subtype(
        "content given to a directive that takes none: text inside a listing",
        "The text is ignored",
    ),
    "unknown-option": Subtype(
        "an option the directive does not have: `:colour: red` on a `talk`; `:no-index:` on a "
        "`schedule`",
        "The option is ignored",
    ),
}


def all_subtypes() -> dict[str, Subtype]:
    """The shared subtypes, then each object kind's and listing kind's, in registry order."""
    found = dict(GENERAL)
    for kind in OBJECT_KINDS:
        found.update(kind.all_subtypes())
    for listing in LISTING_KINDS:
        found.update(listing.all_subtypes())
    return found


#: Every subtype, with what triggers it (the reference page lists these, generated).
SUBTYPES: dict[str, str] = {name: subtype.trigger for name, subtype in all_subtypes().items()}
