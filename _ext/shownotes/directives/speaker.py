"""The ``speaker`` directive: a sphinx-design card that lists the speaker's talks by itself."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from docutils import nodes
from sphinx.locale import get_translation

from ..design import card_body, card_title, directive_card
from ..exports.nodes import linked_data_of
from ..model import Speaker
from ..nodes import make_placeholder, speaker_photo, styled
from ..nodeutil import host_label, joined, option_text, verbatim
from ..plaintext import text_parts
from ..validate import BadValue, check_url
from .base import ShownotesDirective, unchanged

_ = get_translation("shownotes")


def initials(name: str) -> str:
    """Up to two initials of a name ("Egle Sigler" -> "ES"), or "?"."""
    letters = [word[0] for word in name.split() if word[:1].isalnum()]
    if len(letters) > 2:
        letters = [letters[0], letters[-1]]
    return "".join(letters).upper() or "?"


def speaker_avatar(name: str, photo: str, resolved: bool = False) -> nodes.Element:
    """The speaker's photo (``resolved``: its path is already from the source folder, as
    after reading), or the initials of ``name`` where there is none."""
    if not photo:
        return verbatim(initials(name), ["shownotes-initials"])
    image = speaker_photo(uri=photo, alt=name, classes=["shownotes-photo"])
    if resolved:  # placed after reading, where Sphinx's image collector no longer runs
        image["candidates"] = {"?" if "://" in photo else "*": photo}
    return image


def check_photo(value: str) -> str:
    """A photo is a path in the project or an http(s) URL; any other scheme is refused."""
    value = value.strip()
    head = value.split("/", 1)[0]
    if ":" in head and not value.lower().startswith(("http://", "https://")):
        raise BadValue(f"photo {value!r} is neither a path nor an http(s) URL; it was dropped")
    if value.lower().startswith(("http://", "https://")):
        check_url(value)
    return value


def links_line(links: tuple[str, ...]) -> nodes.paragraph:
    """A speaker's other links, each shown by its host name."""
    refs = [nodes.reference(url, host_label(url), refuri=url) for url in links]
    return nodes.paragraph("", "", *joined(refs, " \u00b7 "), classes=["shownotes-speaker-links"])


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
        "links": unchanged,
    }

    def run(self) -> list[nodes.Node]:
        oid = self.object_id()
        name = self.required_text("name", self.fallback_name(oid))
        role, org = self.text_option("role"), self.text_option("org")
        affiliation = self.text_option("affiliation")
        url = self.url_option("url")
        photo = self.found_photo(self.checked("photo", check_photo, "bad-url") or "")
        links = tuple(self.checked_list("links", check_url, "bad-url"))

        with self.inside():
            card = directive_card(self, ["shownotes-speaker"])
        body = card_body(card)
        bio = text_parts(body.children)
        head = self.head(name, photo, role, org, affiliation, url)
        if links:
            head.append(links_line(links))
        for position, node in enumerate(head):
            body.insert(position, node)
        body += nodes.paragraph("", _("Talks:"), classes=["shownotes-speaker-talks-label"])
        body += make_placeholder("speaker-talks", self.env.docname, {"speaker": oid or ""})
        if oid is None:
            return [card]
        anchor, before = self.declare(oid, _("%s (speaker)"))
        self.register(
            Speaker(
                oid,
                self.env.docname,
                self.lineno,
                anchor,
                name=name,
                role=role,
                org=org,
                affiliation=affiliation,
                url=url,
                links=links,
                photo=self.photo_path(photo),
                bio=bio,
            )
        )
        if not self.indexed:
            return [*before, card]
        # Its schema.org data (HTML).
        return [*before, card, linked_data_of("speaker", self.env.docname, self.lineno, oid)]

    def found_photo(self, photo: str) -> str:
        """``photo``, or "" (the initials) after a ``missing-photo`` warning if it names no
        file of the project (a later build that finds the file reads the page again)."""
        if not photo or "://" in photo or "*" in photo:  # (a glob is Sphinx's to resolve)
            return photo
        relative, absolute = self.env.relfn2path(photo, self.env.docname)
        self.env.note_dependency(relative)
        if Path(absolute).is_file():
            return photo
        self.warn(
            f"no photo file {photo!r} in the project; the card shows the speaker's initials",
            "missing-photo",
        )
        return ""

    def photo_path(self, photo: str) -> str:
        """Where the photo is from the source folder (as Sphinx keeps images), or its URL."""
        if not photo or "://" in photo:
            return photo
        return self.env.relfn2path(photo, self.env.docname)[0]

    def head(
        self, name: str, photo: str, role: str, org: str, affiliation: str, url: str
    ) -> list[nodes.Node]:
        """The card's first lines: photo or initials and name, position, affiliation, URL."""
        avatar = speaker_avatar(name, photo)
        self.set_source_info(avatar)  # (a missing or unfetched photo is warned about here)
        name_line = styled("shownotes-speaker-name", avatar, nodes.Text(" "))
        name_line += nodes.strong("", "", option_text(name))
        head: list[nodes.Node] = [card_title(name_line)]
        position = ", ".join(part for part in (role, org) if part)
        if position:
            head.append(styled("shownotes-speaker-position", option_text(position)))
        if affiliation:
            head.append(
                nodes.paragraph(
                    "", "", option_text(affiliation), classes=["shownotes-speaker-affiliation"]
                )
            )
        if url:
            link = nodes.reference(url, url, refuri=url)
            head.append(nodes.paragraph("", "", link, classes=["shownotes-speaker-url"]))
        return head
