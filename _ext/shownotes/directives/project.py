"""The ``project`` directive: a project, product, programme or technology, declared once."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from sphinx.locale import get_translation

from ..model import Project
from ..nodeutil import option_text, verbatim
from ..plaintext import text_parts
from .base import ShownotesDirective, unchanged

_ = get_translation("shownotes")


class ProjectDirective(ShownotesDirective):
    """Declare a project; ``{project}`` links land here and the project index lists it."""

    objtype = "project"
    has_content = True
    option_spec: ClassVar[dict] = {
        "name": unchanged,
        "kind": unchanged,
        "url": unchanged,
        "aliases": unchanged,
    }

    def run(self) -> list[nodes.Node]:
        oid = self.object_id()
        name = self.required_text("name", self.fallback_name(oid))
        kind, url = self.text_option("kind"), self.url_option("url")
        aliases = self.id_list("aliases")

        box = nodes.container(classes=["shownotes-project"])
        self.set_source_info(box)
        line = nodes.paragraph(
            "", "", nodes.strong("", "", option_text(name)), classes=["shownotes-project-name"]
        )
        if kind:
            line += [nodes.Text(" "), verbatim(f"({kind})", ["shownotes-kind"])]
        if url:
            line += [nodes.Text(" "), nodes.reference(url, url, refuri=url)]
        box += line
        if aliases:
            box += nodes.paragraph(
                "",
                "",
                verbatim(_("Also known as: %s") % ", ".join(aliases)),
                classes=["shownotes-aliases"],
            )
        body = self.parse_body()
        box.extend(body)
        if oid is None:
            return [box]
        anchor, before = self.declare(oid, _("%s (project)"))
        self.register(
            Project(
                oid,
                self.env.docname,
                self.lineno,
                anchor,
                name=name,
                kind=kind,
                url=url,
                aliases=aliases,
                description=text_parts(body),
            ),
        )
        return [*before, box]
