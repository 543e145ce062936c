"""The one registry of kinds: every object kind and every listing kind, declared once.

An **object kind** (speaker, talk...) has its record class (:mod:`shownotes.model`), its
directive, a role of the same name, the listings that show it, whether its roles count as
mentions, and its own warning subtypes. A **listing kind** (schedule...) has its rows function
(:mod:`shownotes.rows`), one renderer per output format (:mod:`shownotes.render`) and, where
authors place it themselves, a directive made from its filters.

The domain (object types, directives, roles, objects.inv), ``setup()``, mention tracking, the
warnings and the documentation's reference tables all read these two tuples. Adding a kind:
a record in ``model.py``, a directive module, an entry here (and its renderers, tests, docs).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .derived import Derived
from .directives.base import ShownotesDirective
from .directives.checklist import CheckDirective, ChecklistDirective
from .directives.event import EventDirective
from .directives.listings import Check, ListingDirective, listing_directive, text
from .directives.project import ProjectDirective
from .directives.speaker import SpeakerDirective
from .directives.talk import TalkDirective
from .exports import jsonld
from .exports.nodes import calendar_link_html, linked_data_html, no_output
from .log import Subtype
from .model import Check as CheckRecord
from .model import Checklist, Event, Project, Record, Speaker, Talk
from .render import Renderer
from .render import events as event_renderers
from .render import indexes as index_renderers
from .render import schedule as schedule_renderers
from .render import speakers as speaker_renderers
from .rows import (
    event_index,
    project_index,
    schedule,
    speaker_gallery,
    speaker_talks,
    tag_index,
    talk_event,
)
from .validate import check_date, check_id, check_year

#: ``rows(derived, filters) -> rows`` of a listing kind.
RowsFunction = Callable[[Derived, Mapping[str, str]], Any]


@dataclass(frozen=True)
class ObjectKind:
    """A kind of object the domain stores, links to and lists."""

    name: str  #: the object type, directive and role name ("speaker")
    record: type[Record]
    directive: type[ShownotesDirective]
    lists: tuple[str, ...] = ()  #: the listing kinds that show objects of this kind
    mentions: bool = False  #: its roles count as mentions (listings show where it is discussed)
    subtypes: Mapping[str, Subtype] = field(default_factory=dict)  #: its own warnings
    #: Other ways than a role to name an unknown one (MyST, for the warnings' documentation).
    named_by: str = ""

    def all_subtypes(self) -> dict[str, Subtype]:
        """``unknown-<name>``, which every object kind has, and its own subtypes."""
        ways = [f"`` {{{self.name}}}`nobody` ``", *filter(None, [self.named_by])]
        ways.append("a link to one declared only with `:no-index:`")
        unknown = Subtype("; ".join(ways), "The text is shown without a link")
        return {f"unknown-{self.name}": unknown, **self.subtypes}


@dataclass(frozen=True)
class ListingKind:
    """A generated listing: its rows, its renderers, and its directive's filters."""

    name: str  #: the directive name ("schedule") and the placeholder's kind
    description: str
    rows: RowsFunction
    renderers: Mapping[str, Renderer]  #: "html", "latex", "text"
    filters: Mapping[str, Check] = field(default_factory=dict)
    placed: bool = True  #: authors place it with a directive (else only other directives do)
    subtypes: Mapping[str, Subtype] = field(default_factory=dict)

    def all_subtypes(self) -> dict[str, Subtype]:
        return dict(self.subtypes)

    def renderer(self, output_format: str) -> Renderer:
        """The renderer for ``output_format``; epub gets the html one unless it has its own,
        builders of other formats the text one."""
        if output_format == "epub" and "epub" not in self.renderers:
            output_format = "html"
        return self.renderers.get(output_format) or self.renderers["text"]

    def make_directive(self) -> type[ListingDirective]:
        """The directive that places this listing (its options are the filters)."""
        return listing_directive(self.name, self.filters, self.description)


def same_everywhere(renderer: Renderer) -> dict[str, Renderer]:
    """One renderer for every output format."""
    return {"html": renderer, "latex": renderer, "text": renderer}


def html_only(renderer: Renderer) -> dict[str, Renderer]:
    """``renderer`` for HTML (epub included); nothing in LaTeX and text."""
    return {"html": renderer, "latex": no_output, "text": no_output}


OBJECT_KINDS: tuple[ObjectKind, ...] = (
    ObjectKind(
        "speaker",
        Speaker,
        SpeakerDirective,
        ("speaker-gallery", "schedule"),
        mentions=True,
        named_by="a talk's `:speakers: nobody`; a listing's `:speaker: nobody`",
        subtypes={
            "missing-photo": Subtype(
                "`:photo: missing.png` (no such file in the project); `:photo: https://...` "
                "that cannot be downloaded, from the LaTeX and epub builders (which embed the "
                "picture; HTML links it)",
                "The card shows the speaker's initials",
            )
        },
    ),
    ObjectKind(
        "talk",
        Talk,
        TalkDirective,
        ("schedule", "speaker-talks", "speaker-gallery", "project-index", "tag-index"),
        mentions=True,
        named_by="a checklist's `:talk: nobody`",
        subtypes={
            "unknown-kind": Subtype(
                "a talk kind not in `shownotes_talk_kinds`: `:kind: plenary` (or `Keynote`: the "
                "match is exact)",
                "The kind is still shown",
            )
        },
    ),
    ObjectKind(
        "project",
        Project,
        ProjectDirective,
        ("project-index",),
        mentions=True,
        named_by="a talk's `:projects: nobody`; a schedule's `:project: nobody`",
    ),
    ObjectKind("checklist", Checklist, ChecklistDirective),
    ObjectKind(
        "check", CheckRecord, CheckDirective, named_by="`` {check}`neutron-connectivity.nobody` ``"
    ),
    ObjectKind(
        "event",
        Event,
        EventDirective,
        ("event-index", "talk-event"),
        named_by="a talk's `:event: nobody`; a listing's `:event: nobody`",
        subtypes={
            "bad-timezone": Subtype(
                "a time zone that is not an IANA name zoneinfo knows: `:timezone: JST`",
                "The time zone is left out",
            )
        },
    ),
)

#: Every listing can be narrowed to the talks (and pages) of one event.
EVENT_FILTER: dict[str, Check] = {"event": check_id}

LISTING_KINDS: tuple[ListingKind, ...] = (
    ListingKind(
        "speaker-talks",
        "A speaker card's talks (placed by the speaker directive).",
        speaker_talks,
        same_everywhere(speaker_renderers.speaker_talks),
        placed=False,
    ),
    ListingKind(
        "talk-event",
        "The event line of a talk's header (placed by the talk directive).",
        talk_event,
        same_everywhere(event_renderers.talk_event),
        placed=False,
    ),
    ListingKind(
        "talk-data",
        "A talk's schema.org Event, for its page (placed by the talk directive; HTML only).",
        jsonld.talk_data,
        html_only(linked_data_html),
        placed=False,
    ),
    ListingKind(
        "talk-calendar",
        "A timed talk's \"Add to calendar\" link (placed by the talk directive; HTML only).",
        jsonld.talk_calendar,
        html_only(calendar_link_html),
        placed=False,
    ),
    ListingKind(
        "speaker-data",
        "A speaker's schema.org Person, for its page (placed by the speaker directive).",
        jsonld.speaker_data,
        html_only(linked_data_html),
        placed=False,
    ),
    ListingKind(
        "speaker-gallery",
        "A grid of every speaker (optionally of one organisation) with their talks.",
        speaker_gallery,
        {
            "html": speaker_renderers.speaker_gallery_html,
            "latex": speaker_renderers.speaker_gallery_list,
            "text": speaker_renderers.speaker_gallery_list,
        },
        filters={"org": text, **EVENT_FILTER},
    ),
    ListingKind(
        "schedule",
        "A table of talks by date and time, optionally filtered.",
        schedule,
        {
            "html": schedule_renderers.schedule_html,
            "epub": schedule_renderers.schedule_list_html,
            "latex": schedule_renderers.schedule_latex,
            "text": schedule_renderers.schedule_text,
        },
        filters={
            "date": check_date,
            "kind": text,
            "room": text,
            "speaker": check_id,
            "project": check_id,
            "tag": text,
            **EVENT_FILTER,
            "layout": schedule_renderers.check_layout,
        },
    ),
    ListingKind(
        "project-index",
        "Every project (optionally of one kind) with the talks and pages that mention it.",
        project_index,
        {
            "html": index_renderers.project_index,
            "latex": index_renderers.project_index_latex,
            "text": index_renderers.project_index,
        },
        filters={"kind": text, **EVENT_FILTER},
    ),
    ListingKind(
        "event-index",
        "Every event (optionally of one `:year:`), newest first: name, dates, place and number "
        "of talks.",
        event_index,
        {
            "html": event_renderers.event_index_table,
            "latex": event_renderers.event_index_table,
            "text": event_renderers.event_index_text,
        },
        filters={**EVENT_FILTER, "year": check_year},
    ),
    ListingKind(
        "tag-index",
        "Every tag of the talks, sorted without case, with its talks.",
        tag_index,
        {
            "html": index_renderers.tag_index,
            "latex": index_renderers.tag_index_latex,
            "text": index_renderers.tag_index,
        },
        filters=EVENT_FILTER,
    ),
)

OBJECTS: dict[str, ObjectKind] = {kind.name: kind for kind in OBJECT_KINDS}
LISTINGS: dict[str, ListingKind] = {kind.name: kind for kind in LISTING_KINDS}
#: The object kinds whose roles (and a talk's options) count as mentions.
MENTIONED: frozenset[str] = frozenset(kind.name for kind in OBJECT_KINDS if kind.mentions)


def directives() -> dict[str, type[ShownotesDirective]]:
    """Every directive of the domain, by name: the object kinds', then the placed listings'."""
    found: dict[str, type[ShownotesDirective]] = {k.name: k.directive for k in OBJECT_KINDS}
    for listing in LISTING_KINDS:
        if listing.placed:
            found[listing.name] = listing.make_directive()
    return found
