"""The ``talk`` directive: a talk's metadata, heading the section that holds its notes."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from sphinx.locale import get_translation

from ..model import Talk
from ..render import joined
from ..validate import check_date, check_duration, check_time, split_list
from .base import ShownotesDirective, unchanged, verbatim

_ = get_translation("shownotes")


def field(label: str, *body: nodes.Node) -> nodes.field:
    """A field of the talk header: ``label`` and a paragraph of ``body``."""
    return nodes.field(
        "", nodes.field_name("", label), nodes.field_body("", nodes.paragraph("", "", *body))
    )


def when_text(date: str, start: str, duration: int | None) -> str:
    """ "2015-10-27 09:00 (15 min)" from whichever parts are known."""
    text = " ".join(part for part in (date, start) if part)
    if duration:
        text += (" " if text else "") + _("(%d min)") % duration
    return text


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
    }

    def run(self) -> list[nodes.Node]:
        oid = self.object_id()
        section = self.enclosing_section()
        fallback_title = section[0].astext() if section is not None and section.children else ""
        title = self.required_text("title", fallback_title or oid or "?")
        kind = self.text_option("kind")
        allowed = self.config.shownotes_talk_kinds
        if kind and allowed and kind not in allowed:
            self.warn(
                f"kind {kind!r} is not one of shownotes_talk_kinds ({', '.join(allowed)})",
                "unknown-kind",
            )
        date = self.checked("date", check_date, "bad-date") or ""
        start = self.checked("start", check_time, "bad-time") or ""
        duration = self.checked("duration", check_duration, "bad-duration")
        room = self.text_option("room")
        speakers, projects = self.id_list("speakers"), self.id_list("projects")
        tags = tuple(split_list(self.text_option("tags")))
        slides, video = self.url_option("slides"), self.url_option("video")

        talk_id = oid if oid and self.indexed else ""
        fields = nodes.field_list(classes=["shownotes-talk-fields"])
        if section is None or fallback_title != title:
            fields += field(_("Talk"), nodes.strong("", "", verbatim(title)))
        if kind:
            badge = ["sd-sphinx-override", "sd-badge", "sd-bg-primary", "sd-bg-text-primary"]
            fields += field(_("Kind"), verbatim(kind, ["shownotes-kind", *badge]))
        if date or start or duration:
            fields += field(_("When"), nodes.Text(when_text(date, start, duration)))
        if room:
            fields += field(_("Room"), verbatim(room))
        if speakers:
            refs = [self.xref("speaker", s, talk=talk_id) for s in speakers]
            fields += field(_("Speakers"), *joined(list(refs)))
        if projects:
            refs = [self.xref("project", p, talk=talk_id) for p in projects]
            fields += field(_("Projects"), *joined(list(refs)))
        if tags:
            fields += field(_("Tags"), verbatim(", ".join(tags)))
        links = [
            nodes.reference(label, label, refuri=uri)
            for label, uri in ((_("slides"), slides), (_("video"), video))
            if uri
        ]
        if links:
            fields += field(_("Links"), *joined(list(links)))

        header = nodes.container(classes=["shownotes-talk"])
        self.set_source_info(header)
        if fields.children:
            header += fields
        header.extend(self.parse_body())
        if oid is None:
            return [header]

        anchor = self.new_anchor(oid)
        result: list[nodes.Node] = [self.index_node(_("%s (talk)") % title, anchor)]
        if section is not None and self.indexed and not section.get("shownotes_talk"):
            section["ids"].append(anchor)
            section["shownotes_talk"] = oid
            self.state.document.ids[anchor] = section
        else:
            target = nodes.target("", "", ids=[anchor])
            self.state.document.ids[anchor] = target
            result.append(target)
        self.register(
            "talk",
            Talk(
                oid,
                self.env.docname,
                self.lineno,
                anchor,
                title=title,
                speakers=speakers,
                kind=kind,
                date=date,
                start=start,
                duration=duration,
                room=room,
                projects=projects,
                tags=tags,
            ),
        )
        return [*result, header]

    def enclosing_section(self) -> nodes.section | None:
        """The section this directive stands in, if any."""
        node: nodes.Node | None = self.state_machine.node
        while node is not None and not isinstance(node, nodes.section):
            node = node.parent
        return node
