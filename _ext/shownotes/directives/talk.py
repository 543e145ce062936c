"""The ``talk`` directive: a talk's metadata, heading the section that holds its notes."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from docutils import nodes
from sphinx.locale import get_translation

from ..design import badge_classes
from ..exports.nodes import calendar_link_of, linked_data_of
from ..model import Talk
from ..nodes import header_field_of, header_fields, make_placeholder
from ..nodeutil import joined, option_text, verbatim, when_text
from ..plaintext import text_parts
from ..validate import check_date, check_duration, check_id, check_start, split_list
from ..video import embed_of, make_player
from .base import ShownotesDirective, heading_as_option, unchanged

_ = get_translation("shownotes")


class TalkDirective(ShownotesDirective):
    """Declare a talk; ``{talk}`` links land on the section this directive heads."""

    objtype = "talk"
    has_content = True
    option_spec: ClassVar[dict] = {
        "title": unchanged,
        "speakers": unchanged,
        "kind": unchanged,
        "date": unchanged,
        "start": unchanged,
        "duration": unchanged,
        "room": unchanged,
        "projects": unchanged,
        "tags": unchanged,
        "slides": unchanged,
        "video": unchanged,
        "event": unchanged,
        "language": unchanged,
    }

    def run(self) -> list[nodes.Node]:
        oid = self.object_id()
        section = self.enclosing_section()
        heading = section[0].astext() if section is not None and section.children else ""
        talk = self.read_options(oid or "", self.required_text("title", heading or oid or "?"))
        talk_id = oid if oid and self.indexed else ""
        heading_as_option(section, talk.title)

        header = nodes.container(classes=["shownotes-talk"])
        self.set_source_info(header)
        fields = self.fields(talk, talk_id, show_title=section is None or heading != talk.title)
        if fields.children:
            header += fields
        embed = embed_of(self.text_option("video"))  # None for any other URL (a link only)
        if embed is not None:
            header += make_player(embed, self.text_option("video"), talk.title)
        body = self.parse_body()
        header.extend(body)
        if oid is None:
            return [header]
        if talk_id:  # its schema.org data (HTML)
            header += linked_data_of("talk", self.env.docname, self.lineno, talk_id)

        holder = section if section is not None and not section.get("shownotes_talk") else None
        if holder is not None and self.indexed:
            holder["shownotes_talk"] = oid
        else:
            holder = None
        anchor, before = self.declare(oid, _("%s (talk)"), holder)
        self.register(replace(talk, anchor=anchor, summary=text_parts(body)))
        return [*before, header]

    def read_options(self, oid: str, title: str) -> Talk:
        """The talk's record from its options (its anchor is made later); bad values warn."""
        kind = self.text_option("kind")
        allowed = self.config.shownotes_talk_kinds
        if kind and allowed and kind not in allowed:
            self.warn(
                f"kind {kind!r} is not one of shownotes_talk_kinds ({', '.join(allowed)})",
                "unknown-kind",
            )
        start, utc_offset = self.checked("start", check_start, "bad-time") or ("", "")
        return Talk(
            oid,
            self.env.docname,
            self.lineno,
            "",
            title=title,
            speakers=self.id_list("speakers"),
            kind=kind,
            date=self.checked("date", check_date, "bad-date") or "",
            start=start,
            utc_offset=utc_offset,
            duration=self.checked("duration", check_duration, "bad-duration"),
            room=self.text_option("room"),
            projects=self.id_list("projects"),
            tags=tuple(split_list(self.text_option("tags"))),
            language=self.text_option("language"),
            event=self.checked("event", lambda v: check_id(v, ":event:"), "bad-id") or "",
            slides=self.url_option("slides"),
            video=self.url_option("video"),
        )

    def fields(self, talk: Talk, talk_id: str, show_title: bool) -> header_fields:
        """The header's fields: title (unless the heading shows it), kind, time, room,
        speakers and projects (links that count as mentions in ``talk_id``), tags, links."""
        fields = header_fields(classes=["shownotes-talk-fields"])
        if show_title:
            fields += header_field_of(_("Talk"), nodes.strong("", "", option_text(talk.title)))
        if talk.kind:
            badge = verbatim(talk.kind, ["shownotes-kind", *badge_classes()])
            fields += header_field_of(_("Kind"), badge)
        when = when_text(talk.date, talk.start, talk.duration, talk.utc_offset)
        if when:
            here = (self.env.docname, self.lineno, talk_id)
            calendar = calendar_link_of(*here, talk.date, talk.start)
            fields += header_field_of(_("When"), nodes.Text(when), *calendar)
        fields += self.event_field(talk, talk_id)
        if talk.room:
            fields += header_field_of(_("Room"), option_text(talk.room))
        if talk.language:
            fields += header_field_of(_("Language"), verbatim(talk.language))
        for objtype, ids, label in (
            ("speaker", talk.speakers, _("Speakers")),
            ("project", talk.projects, _("Projects")),
        ):
            if ids:
                refs = [self.xref(objtype, i, talk=talk_id) for i in ids]
                fields += header_field_of(label, *joined(refs))
        if talk.tags:
            fields += header_field_of(_("Tags"), verbatim(", ".join(talk.tags)))
        links = []
        for label, uri in ((_("slides"), talk.slides), (_("video"), talk.video)):
            if uri:
                links.append(nodes.reference(label, label, refuri=uri))
        if links:
            fields += header_field_of(_("Links"), *joined(links))
        return fields

    def event_field(self, talk: Talk, talk_id: str) -> list[nodes.Node]:
        """The talk's event: a link where ``:event:`` names it; else filled after reading, when
        the talk's event is decided (nothing for a ``:no-index:`` talk)."""
        if talk.event:
            return [header_field_of(_("Event"), self.xref("event", talk.event))]
        if not talk_id:
            return []
        return [make_placeholder("talk-event", self.env.docname, {"talk": talk_id})]

    def enclosing_section(self) -> nodes.section | None:
        """The section this directive stands in, if any."""
        node: nodes.Node | None = self.state_machine.node
        while node is not None and not isinstance(node, nodes.section):
            node = node.parent
        return node
