"""The ``event`` directive: a conference (or summit, meet-up...) the talks belong to."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from docutils import nodes
from sphinx.locale import get_translation

from ..model import Event
from ..nodes import header_field_of, header_fields, styled
from ..nodeutil import date_range, option_text
from ..plaintext import text_parts
from ..validate import BadValue, check_date, check_date_range, check_timezone
from .base import ShownotesDirective, heading_as_option, unchanged

_ = get_translation("shownotes")


class EventDirective(ShownotesDirective):
    """Declare an event; talks after it on the page, and on the pages below it in the toctree,
    belong to it (see :mod:`shownotes.membership`)."""

    objtype = "event"
    has_content = True
    option_spec: ClassVar[dict] = {
        "name": unchanged,
        "start": unchanged,
        "end": unchanged,
        "place": unchanged,
        "timezone": unchanged,
        "url": unchanged,
    }

    def run(self) -> list[nodes.Node]:
        oid = self.object_id()
        event = self.read_options(oid or "")
        node: nodes.Node | None = self.state_machine.node
        while node is not None and not isinstance(node, nodes.section):
            node = node.parent
        heading_as_option(node, event.name)
        box = nodes.container(classes=["shownotes-event"])
        self.set_source_info(box)
        box += styled("shownotes-event-name", nodes.strong("", "", option_text(event.name)))
        fields = self.fields(event)
        if fields.children:
            box += fields
        body = self.parse_body()
        box.extend(body)
        if oid is None:
            return [box]
        anchor, before = self.declare(oid, _("%s (event)"))
        self.register(replace(event, anchor=anchor, description=text_parts(body)))
        return [*before, box]

    def read_options(self, oid: str) -> Event:
        """The event's options, checked (its anchor is made later)."""
        start = self.checked("start", check_date, "bad-date") or ""
        end = self.checked("end", check_date, "bad-date") or ""
        try:
            check_date_range(start, end)
        except BadValue as err:
            self.warn(str(err), "bad-date")
            end = ""
        return Event(
            oid,
            self.env.docname,
            self.lineno,
            "",
            name=self.required_text("name", self.fallback_name(oid or None)),
            start=start,
            end=end,
            place=self.text_option("place"),
            timezone=self.checked("timezone", check_timezone, "bad-timezone") or "",
            url=self.url_option("url"),
        )

    def fields(self, event: Event) -> header_fields:
        """Dates, place, time zone and web site, where given."""
        fields = header_fields(classes=["shownotes-event-fields"])
        dates = date_range(event.start, event.end)
        if dates:
            fields += header_field_of(_("Dates"), nodes.Text(dates))
        if event.place:
            fields += header_field_of(_("Place"), option_text(event.place))
        if event.timezone:
            fields += header_field_of(_("Time zone"), nodes.Text(event.timezone))
        if event.url:
            link = nodes.reference(event.url, event.url, refuri=event.url)
            fields += header_field_of(_("Web site"), link)
        return fields
