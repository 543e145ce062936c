"""URLs of pages, anchors and exported files as an HTML builder writes them (html, dirhtml,
singlehtml), relative to the output's root or to the page being written, or absolute with
``html_baseurl``."""

from __future__ import annotations

import posixpath

from sphinx.builders import Builder
from sphinx.util.osutil import relative_uri

#: The image folder of Sphinx's HTML builders (where a speaker's local photo is copied).
IMAGES = "_images"


class Urls:
    """How one builder links pages and files."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.single = builder.name == "singlehtml"
        config = builder.config
        self.root_page = f"{config.root_doc}{getattr(builder, 'out_suffix', '.html')}"
        self.baseurl = str(config.html_baseurl or "")

    def page(self, docname: str, anchor: str = "") -> str:
        """The URL of ``docname`` (at ``anchor``), relative to the output's root."""
        if self.single:  # every page is a part of the root page
            return f"{self.root_page}#{anchor or 'document-' + docname}"
        uri = self.builder.get_target_uri(docname)
        return uri + (f"#{anchor}" if anchor else "")

    def absolute(self, url: str) -> str:
        """``url`` (relative to the root) made absolute with ``html_baseurl``, if it is set."""
        return posixpath.join(self.baseurl, url) if self.baseurl else url

    def from_page(self, docname: str, url: str) -> str:
        """``url`` (relative to the root) as the page ``docname`` links it: absolute with
        ``html_baseurl``, else relative to that page."""
        if self.baseurl:
            return self.absolute(url)
        base = self.root_page if self.single else self.builder.get_target_uri(docname)
        path, hash_, fragment = url.partition("#")
        relative = relative_uri(base, path) if path else ""
        if not relative and not hash_:
            relative = posixpath.basename(base.partition("#")[0]) or "./"
        return relative + hash_ + fragment


def photo_url(builder: Builder, docname: str, photo: str) -> str:
    """Where the HTML output has a speaker's photo: its URL, or the copy in ``_images/``
    relative to the output's root ("" if Sphinx did not collect it). A local photo is kept in
    the record as its path from the source folder, as Sphinx keeps images."""
    if photo.lower().startswith(("http://", "https://")):
        return photo
    images = builder.env.images
    if photo in images:
        return f"{IMAGES}/{images[photo][1]}"
    return ""
