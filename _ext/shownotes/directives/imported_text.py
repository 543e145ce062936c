"""The ``imported-text`` directive: text from elsewhere, rendered by the extension as text.

Its body is never parsed as MyST. The extension reads it in the markup named by ``:markup:``
(``text``, ``markdown``, ``rst`` or ``html``) and keeps only paragraphs, lists, emphasis and
http(s)/mailto links; everything else shows as text (see :mod:`shownotes.safetext`).
``shownotes import`` writes the abstracts and biographies of a schedule with it.
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from sphinx.application import Sphinx

from ..safetext import MARKUPS, to_nodes
from .base import ShownotesDirective, unchanged


class ImportedTextDirective(ShownotesDirective):
    """Untrusted text shown as text: no directive, role, HTML or heading can come of it."""

    has_content = True
    optional_arguments = 0
    option_spec: ClassVar[dict] = {"markup": unchanged}

    def run(self) -> list[nodes.Node]:
        markup = self.text_option("markup") or "text"
        if markup not in MARKUPS:
            self.warn(
                f"markup {markup!r} is not one of {', '.join(MARKUPS)}; read as text",
                "unknown-markup",
            )
            markup = "text"
        container = nodes.container(classes=["shownotes-imported-text"])
        container["support_smartquotes"] = False  # the text is shown as it was written
        self.set_source_info(container)
        container.extend(to_nodes("\n".join(self.content), markup))
        return [container] if container.children else []


def setup_imported_text(app: Sphinx) -> None:
    """Register ``imported-text``."""
    app.add_directive("imported-text", ImportedTextDirective)
