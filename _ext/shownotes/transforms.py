"""Fill listing placeholders after every document is read, before references resolve."""

from __future__ import annotations

from collections import Counter
from typing import Any

from docutils import nodes
from sphinx.config import Config
from sphinx.transforms.post_transforms import SphinxPostTransform

from .nodes import listing_placeholder
from .render import RENDERERS, schedule


def event_caption(config: Config) -> str:
    """ "OpenStack Summit Tokyo 2015, Tokyo, Japan" from ``shownotes_event`` (or "")."""
    event = config.shownotes_event or {}
    parts = [str(event[key]).strip() for key in ("name", "place") if event.get(key)]
    return ", ".join(part for part in parts if part)


class FillListings(SphinxPostTransform):
    """Replace each placeholder by its listing, built from the indexes of this build."""

    default_priority = 5  # ReferencesResolver (10) then resolves the links it inserts

    def run(self, **kwargs: Any) -> None:
        domain = self.env.domains["shownotes"]
        tables: Counter[str] = Counter()
        for node in list(self.document.findall(listing_placeholder)):
            rows = domain.listing(self.env, node.spec)  # type: ignore[attr-defined]
            if node["kind"] == "schedule":
                rendered = schedule(rows, node["docname"], event_caption(self.config))
            else:
                rendered = RENDERERS[node["kind"]](rows, node["docname"])  # type: ignore[operator]
            rendered.source, rendered.line = node.source, node.line
            if isinstance(rendered, nodes.table):
                # A captioned table needs an anchor; make it unique across documents too (in
                # LaTeX all documents are one doctree), and the same in every build.
                docname = node["docname"]
                tables[docname] += 1
                anchor = nodes.make_id(f"shownotes-schedule-{docname}-{tables[docname]}")
                rendered["ids"].append(anchor)
                self.document.ids[anchor] = rendered
            node.replace_self(rendered)
