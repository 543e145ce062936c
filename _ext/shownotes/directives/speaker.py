"""The ``speaker`` directive: a sphinx-design card that lists the speaker's talks by itself."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from sphinx.locale import get_translation
from sphinx_design.shared import create_component

from ..model import Speaker
from ..nodes import make_placeholder
from ..validate import BadValue, check_url
from .base import ShownotesDirective, unchanged, verbatim

_ = get_translation("shownotes")


def initials(name: str) -> str:
    """Up to two initials of a name ("Egle Sigler" -> "ES"), or "?"."""
    letters = [word[0] for word in name.split() if word[:1].isalnum()]
    if len(letters) > 2:
        letters = [letters[0], letters[-1]]
    return "".join(letters).upper() or "?"


def check_photo(value: str) -> str:
    """A photo is a path in the project or an http(s) URL; any other scheme is refused."""
    value = value.strip()
    head = value.split("/", 1)[0]
    if ":" in head and not value.lower().startswith(("http://", "https://")):
        raise BadValue(f"photo {value!r} is neither a path nor an http(s) URL; it was dropped")
    if value.lower().startswith(("http://", "https://")):
        check_url(value)
    return value


class SpeakerDirective(ShownotesDirective):
    """Declare a speaker once; the card lists every talk that names the speaker."""

    objtype = "speaker"
    has_content = True
    option_spec: ClassVar[dict] = {
        "name": unchanged,
        "role": unchanged,
        "org": unchanged,
        "affiliation": unchanged,
        "url": unchanged,
        "photo": unchanged,
    }

    def run(self) -> list[nodes.Node]:
        oid = self.object_id()
        name = self.required_text("name", oid or (self.arguments[0] if self.arguments else "?"))
        role, org = self.text_option("role"), self.text_option("org")
        affiliation = self.text_option("affiliation")
        url = self.url_option("url")
        photo = self.checked("photo", check_photo, "bad-url") or ""

        card = create_component(
            "card",
            ["sd-card", "sd-sphinx-override", "sd-mb-3", "sd-shadow-sm", "shownotes-speaker"],
        )
        self.set_source_info(card)
        body = create_component("card-body", ["sd-card-body"])
        card += body

        if photo:
            avatar: nodes.Element = nodes.image(uri=photo, alt=name, classes=["shownotes-photo"])
        else:
            avatar = verbatim(initials(name), ["shownotes-initials"])
        title = create_component("card-title", ["sd-card-title", "sd-font-weight-bold"])
        title += nodes.paragraph(
            "",
            "",
            avatar,
            nodes.Text(" "),
            nodes.strong("", "", verbatim(name)),
            classes=["shownotes-speaker-name"],
        )
        body += title
        position = ", ".join(part for part in (role, org) if part)
        if position:
            body += nodes.paragraph(
                "", "", verbatim(position), classes=["shownotes-speaker-position"]
            )
        if affiliation:
            body += nodes.paragraph(
                "", "", verbatim(affiliation), classes=["shownotes-speaker-affiliation"]
            )
        if url:
            body += nodes.paragraph(
                "", "", nodes.reference(url, url, refuri=url), classes=["shownotes-speaker-url"]
            )
        body.extend(self.parse_body())
        body += nodes.paragraph("", _("Talks:"), classes=["shownotes-speaker-talks-label"])
        body += make_placeholder("speaker-talks", self.env.docname, {"speaker": oid or ""})

        if oid is None:
            return [card]
        anchor = self.new_anchor(oid)
        card["ids"].append(anchor)
        self.state.document.ids[anchor] = card
        line = self.lineno
        self.register(
            "speaker",
            Speaker(
                oid,
                self.env.docname,
                line,
                anchor,
                name=name,
                role=role,
                org=org,
                affiliation=affiliation,
                url=url,
            ),
        )
        return [self.index_node(_("%s (speaker)") % name, anchor), card]
