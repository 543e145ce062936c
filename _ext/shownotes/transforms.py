"""Fill listing placeholders after every document is read, before references resolve.

Each listing is rendered from its rows (computed once, after reading) by its kind's renderer
for the builder's output format: :class:`FillListingsHTML` for html builders (epub too),
:class:`FillListingsLaTeX` for LaTeX, and :class:`FillListings` (which runs after them) fills
whatever is left, for text and every other builder, with the text renderers.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

from .access import get_domain
from .kinds import LISTINGS
from .nodes import header_fields, listing_placeholder
from .render import RenderContext


def depth(node: nodes.Node) -> int:
    """How many sections hold ``node``."""
    found, parent = 0, node.parent
    while parent is not None:
        found += isinstance(parent, nodes.section)
        parent = parent.parent
    return found


class FillListings(SphinxPostTransform):
    """Replace each placeholder by its listing, rendered for :attr:`output_format`."""

    default_priority = 6  # after the per-format ones; ReferencesResolver (10) comes later
    output_format: ClassVar[str] = "text"

    def run(self, **kwargs: Any) -> None:
        domain = get_domain(self.env)
        placed: Counter[tuple[str, str]] = Counter()
        for node in list(self.document.findall(listing_placeholder)):
            kind, docname = node["kind"], node["docname"]
            placed[kind, docname] += 1
            # Unique across documents (in LaTeX all are one doctree) and the same every build.
            anchor = nodes.make_id(f"shownotes-{kind}-{docname}-{placed[kind, docname]}")
            language = self.config.language or "en"
            context = RenderContext(docname, dict(node["filters"]), anchor, language, depth(node))
            render = LISTINGS[kind].renderer(self.output_format)
            rendered = render(domain.rows(node.spec), context)
            for new in rendered:
                if isinstance(new, nodes.Element):
                    new.source, new.line = node.source, node.line
                    for node_id in new["ids"]:
                        self.document.ids[node_id] = new
            parent = node.parent
            node.replace_self(rendered)
            if isinstance(parent, header_fields) and not parent.children:
                parent.parent.remove(parent)  # a talk of no event, and no other field


class FillListingsHTML(FillListings):
    """Listings for html builders (html, dirhtml, singlehtml, epub)."""

    default_priority = 5
    formats = ("html",)
    output_format = "html"


class FillListingsEPUB(FillListings):
    """Listings for epub: the html renderers, but a kind's own epub one where it has one."""

    default_priority = 4  # before FillListingsHTML, which then finds nothing left to fill
    builders = ("epub",)
    formats = ("html",)
    output_format = "epub"


class FillListingsLaTeX(FillListings):
    """Listings for the LaTeX builder."""

    default_priority = 5
    formats = ("latex",)
    output_format = "latex"


def setup_transforms(app: Sphinx) -> None:
    """Register the listing-filling post-transforms."""
    app.add_post_transform(FillListingsEPUB)
    app.add_post_transform(FillListingsHTML)
    app.add_post_transform(FillListingsLaTeX)
    app.add_post_transform(FillListings)
