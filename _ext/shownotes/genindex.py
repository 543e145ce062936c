"""Link the "Project index" from the general index, as an entry any theme renders."""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .domain import ProjectIndex, ShownotesDomain

INDEX_PAGE = f"{ShownotesDomain.name}-{ProjectIndex.name}"


def link_project_index(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: add a "Project index" entry to ``genindex`` when that page exists."""
    entries = context.get("genindexentries")
    if pagename != "genindex" or entries is None:
        return
    written = {name for name, *_ in getattr(app.builder, "domain_indices", ())}
    if INDEX_PAGE not in written:
        return
    name = str(ProjectIndex.localname)
    uri = context["pathto"](INDEX_PAGE)
    entry: tuple[str, tuple[list[tuple[str, str]], list[Any], None]]
    entry = (name, ([("", uri)], [], None))
    letter = name[:1].upper()
    for position, (key, letter_entries) in enumerate(entries):
        if key == letter:
            letter_entries.append(entry)
            letter_entries.sort(key=lambda e: e[0].casefold())
            return
        if key > letter and key.isalpha():
            entries.insert(position, (letter, [entry]))
            return
    entries.append((letter, [entry]))
