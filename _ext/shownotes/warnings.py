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
        "`:::{speaker} Ada` (not a slug); `:::{speaker}` without an id; `:speakers: Ada Example`; "
        "`` {speaker}`Ada <>` `` (a role without an id)",
        "The object is drawn but not declared (nothing links to it); a bad list item is dropped",
    ),
    "duplicate-id": Subtype(
        "`:::{project} neutron` on a second page (without `:no-index:`)",
        "The first declaration wins; see {ref}`using-duplicate-ids`",
    ),
    "missing-option": Subtype(
        "a `speaker`, `project` or `event` without `:name:`; a `talk`, `checklist` or `check` "
        "without `:title:`",
        "The id (for a talk, the section title) is used instead",
    ),
    "bad-date": Subtype(
        "`:date: 27/10/2015`; `:date: 2015-W44-2` (a week date); `:date: 2015-02-30` (no such "
        "day); an event's `:end:` before its `:start:`",
        "The date is left out",
    ),
    "bad-time": Subtype("`:start: 9am`; `:start: 09:00+25:00`", "The time is left out"),
    "bad-duration": Subtype(
        "`:duration: half an hour`, `:duration: 0`, `:duration: 20000` (over a week)",
        "The duration is left out",
    ),
    "bad-url": Subtype(
        "`:url: ftp://example.org`; `:slides: javascript:alert(1)`; "
        "`:photo: data:image/png,...`; an item of a speaker's `:links:`",
        "The link or photo is dropped",
    ),
    "bad-filter": Subtype(
        "`:org:` with no value in `speaker-gallery`; `:date: 2099-1-1` in `schedule`",
        "The filter is ignored",
    ),
    "misplaced": Subtype(
        "a `check` outside a `checklist`; a `speaker`, `talk`, `project`, `checklist` or "
        "`event` inside the body of a directive of the extension",
        "The directive is still drawn",
    ),
    "empty": Subtype(
        "a `checklist` with no `check` inside", "The checklist is drawn without checks"
    ),
    "unexpected-content": Subtype(
        "text inside a listing: `speaker-gallery`, `schedule`, `project-index`...",
        "The text is ignored",
    ),
    "unknown-export": Subtype(
        "`shownotes_exports = [\"ics\", \"pdf\"]` (a name that is not one of the exports)",
        "The name is ignored; the other exports are written",
    ),
    "unknown-option": Subtype(
        "`:colour: red` on a `talk`; `:no-index:` on a `schedule` (listings have no such "
        "flag); an unknown key of `shownotes_event`",
        "The option is ignored",
    ),
    "late-option": Subtype(
        "`:room: Room B` after a blank line, or after the first line of the body, of a `talk` "
        "(MyST and docutils read options only right under the directive's line)",
        "The line is read as text, a paragraph of the body",
    ),
    "no-colon-fence": Subtype(
        "`:::{speaker} ada` on a Markdown page while `myst_enable_extensions` lacks "
        '`"colon_fence"` (once a build, at the first such directive)',
        "MyST shows every `:::` directive as text",
    ),
    "unknown-markup": Subtype(
        "`:markup: latex` on an `imported-text` (only text, markdown, rst and html)",
        "The body is read as plain text",
    ),
    "pdflatex-unsupported": Subtype(
        "`:name: 山田花子` in a project on pdflatex (Sphinx's default engine for English), from "
        "the LaTeX builder only",
        "The PDF shows a box with the code point of each such character; "
        '`latex_engine = "lualatex"` fixes it (see {ref}`using-latex-setup`)',
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
