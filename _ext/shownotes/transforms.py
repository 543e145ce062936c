"""Fill listing placeholders after every document is read, before references resolve."""

from __future__ import annotations

from typing import Any

from sphinx.transforms.post_transforms import SphinxPostTransform

from .nodes import listing_placeholder
from .render import RENDERERS


class FillListings(SphinxPostTransform):
    """Replace each placeholder by its listing, built from the indexes of this build."""

    default_priority = 5  # ReferencesResolver (10) then resolves the links it inserts

    def run(self, **kwargs: Any) -> None:
        domain = self.env.domains["shownotes"]
        for node in list(self.document.findall(listing_placeholder)):
            rows = domain.listing(self.env, node.spec)  # type: ignore[attr-defined]
            rendered = RENDERERS[node["kind"]](rows, node["docname"])  # type: ignore[operator]
            rendered.source, rendered.line = node.source, node.line
            node.replace_self(rendered)
