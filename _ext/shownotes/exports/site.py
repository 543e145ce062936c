"""What the exports know about the site of a build: its records, how to name and link them.

:class:`ExportSite` is plain data and functions, so every format's module is tested without
Sphinx; :func:`shownotes.exports.writer.export_site` makes it from a builder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from ..derived import Derived
from ..model import Record, Talk, TextParts
from ..plaintext import resolve
from .common import NO_EPOCH, Moment, guid, numeric_ids, talk_moment

#: ``(docname, anchor) -> URL`` of a place on the site.
PageUrl = Callable[[str, str], str]


def root_relative(docname: str, anchor: str) -> str:
    """A page URL as the html builder writes it, relative to the output's root."""
    return f"{docname}.html" + (f"#{anchor}" if anchor else "")


@dataclass
class ExportSite:
    """The records of a build and the ways to name and link them in exported files."""

    derived: Derived
    key: str  #: what makes identifiers this site's (see :func:`~.common.site_key`)
    title: str  #: the site's name (``project``)
    baseurl: str = ""  #: ``html_baseurl`` ("" when unset: URLs are then relative)
    stamp: datetime = NO_EPOCH
    page_url: PageUrl = root_relative
    #: ``(docname, photo option) -> URL`` of a speaker's photo ("" when there is none).
    photo_url: Callable[[str, str], str] = lambda docname, photo: photo
    exports: tuple[str, ...] = ()  #: the names in ``shownotes_exports``
    generator: str = "sphinx-shownotes"
    version: str = ""  #: the extension's version

    def file_url(self, path: str) -> str:
        """The URL of an exported file (``schedule.ics``), absolute where the site has one."""
        return self.absolute(path)

    def absolute(self, url: str) -> str:
        """``url`` (relative to the output's root) made absolute with ``html_baseurl``."""
        if not self.baseurl:
            return url
        return self.baseurl.rstrip("/") + "/" + url

    def url_of(self, record: Record) -> str:
        """Where ``record`` is shown; the configured event (on no page) gives its web site."""
        if not record.docname:
            return str(getattr(record, "url", ""))
        return self.absolute(self.page_url(record.docname, record.anchor))

    def text(self, parts: TextParts) -> str:
        """Stored text with each role's object name put in."""
        return resolve(parts, self.name_of)

    def name_of(self, objtype: str, target: str) -> str | None:
        """The name of the object a role names (``None`` if nobody declares it)."""
        found = self.derived.lookup(objtype, target)
        return found.display_name if found is not None else None

    def guid(self, kind: str, oid: str) -> str:
        """The stable UUID of an object of this site."""
        return guid(self.key, kind, oid)

    @cached_property
    def talk_numbers(self) -> dict[str, int]:
        """Every talk's stable frab number."""
        return numeric_ids(self.key, self.derived.winners.get("talk", {}))

    @cached_property
    def moments(self) -> dict[str, Moment | None]:
        """When each talk starts (``None`` where that is not known), worked out once."""
        talks = self.derived.winners.get("talk", {}).values()
        return {t.id: talk_moment(self.derived, t) for t in talks if isinstance(t, Talk)}

    def moment(self, talk: Talk) -> Moment | None:
        """When ``talk`` starts, as an instant and on its event's clock."""
        return self.moments.get(talk.id)

    def wants(self, name: str) -> bool:
        """True if ``shownotes_exports`` names the export ``name``."""
        return name in self.exports
