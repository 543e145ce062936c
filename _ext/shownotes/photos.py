"""Speakers' remote photos in the builders that embed pictures (LaTeX, epub).

Sphinx downloads a remote image for such builders (``ImageDownloader``) and, when it cannot,
warns without saying where, then tries once more and leaves the URL in place. A speaker's photo
is fetched here first, the same way, so that a failure is one ``missing-photo`` warning at
the ``speaker`` directive's line and the card shows the speaker's initials instead.
"""

from __future__ import annotations

import logging

from docutils import nodes
from docutils.utils import get_source_line
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import images

from .access import get_domain
from .log import warn
from .nodes import speaker_photo


class _Held(logging.Filter):
    """Holds back the records Sphinx's downloader logs (its "Could not fetch" warnings)."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        self.messages.append(record.getMessage())
        return False


class PhotoDownloader(images.ImageDownloader):
    """Fetch speakers' remote photos before Sphinx's downloader (priority 100) sees them."""

    default_priority = 99

    def match(self, node: nodes.image) -> bool:
        return isinstance(node, speaker_photo) and super().match(node)

    def handle(self, node: nodes.image) -> None:
        uri = node["uri"]
        derived = get_domain(self.env).derived
        if uri not in derived.unfetched:  # (epub resolves a page more than once: fetch once)
            reason = self.fetch(node)
            if not reason:
                return  # fetched: the node now names the downloaded file
            derived.unfetched[uri] = reason
        source, line = get_source_line(node)
        if (uri, source or "", line or 0) not in derived.unfetched_told:
            derived.unfetched_told.add((uri, source or "", line or 0))
            warn(
                f"speaker: the photo {uri!r} could not be fetched ({derived.unfetched[uri]}); "
                "the card shows the speaker's initials",
                "missing-photo",
                node,
            )
        from .directives.speaker import speaker_avatar  # (the directive imports the nodes)

        node.replace_self(speaker_avatar(str(node.get("alt", "")), ""))

    def fetch(self, node: nodes.image) -> str:
        """Download the photo as Sphinx does; "" if it worked, else why not."""
        held = _Held()
        sphinx_logger = images.logger.logger
        sphinx_logger.addFilter(held)
        try:
            super().handle(node)
        finally:
            sphinx_logger.removeFilter(held)
        if "://" not in node["uri"]:
            return ""
        return "; ".join(held.messages) or "no picture came back"


def setup_photos(app: Sphinx) -> None:
    """Register the photo downloader."""
    app.add_post_transform(PhotoDownloader)
