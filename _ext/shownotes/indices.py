"""The domain index "Project index": every project with the talks that mention it."""

from __future__ import annotations

from collections.abc import Iterable

from sphinx.domains import Index, IndexEntry
from sphinx.locale import get_translation

from .derived import Derived
from .model import Project

_ = get_translation("shownotes")


class ProjectIndex(Index):
    """The "Project index": every project with the talks and pages that mention it."""

    name = "projects"
    localname = _("Project index")
    shortname = _("projects")

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        derived: Derived = self.domain.data["derived"]
        content: dict[str, list[IndexEntry]] = {}
        projects = [
            p for p in derived.winners.get("project", {}).values() if isinstance(p, Project)
        ]
        projects.sort(key=lambda p: (p.display_name.casefold(), p.id))
        for project in projects:
            letter = project.display_name[:1].upper() or "?"
            entries = content.setdefault(letter, [])
            talks = derived.talks_mentioning.get(("project", project.id), [])
            entries.append(
                IndexEntry(
                    project.display_name,
                    1 if talks else 0,
                    project.docname,
                    project.anchor,
                    project.kind,
                    "",
                    "",
                )
            )
            for talk_id in talks:
                talk = derived.winners["talk"][talk_id]
                entries.append(
                    IndexEntry(talk.display_name, 2, talk.docname, talk.anchor, "", "", "talk")
                )
        return sorted(content.items()), True
