"""The plain text of parsed content (a talk's summary, a speaker's bio), kept in the records
for the exports, and turned back into text once every object is known.

A role that shows an object's name (``{speaker}`ada```) is kept as ``(objtype, target)``:
the name is only known after reading, so :func:`resolve` puts it in then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from docutils import nodes
from sphinx import addnodes

from .model import TextParts

#: Marks the end of a block (a paragraph, a list item...) in stored parts.
BREAK = "\n\n"

#: Nodes whose text is not part of what a reader reads as the content.
SKIPPED = (
    nodes.system_message,
    nodes.comment,
    nodes.raw,
    nodes.substitution_definition,
    nodes.image,
    nodes.footnote,
    nodes.citation,
    nodes.footnote_reference,
    nodes.citation_reference,
    addnodes.index,
)


def text_parts(content: Iterable[nodes.Node]) -> TextParts:
    """The text of ``content``: strings and the ``(objtype, target)`` of name-showing roles."""
    found: list[str | tuple[str, str]] = []
    for node in content:
        _walk(node, found)
    merged: list[str | tuple[str, str]] = []
    for part in found:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    return tuple(merged)


def _walk(node: nodes.Node, found: list[str | tuple[str, str]]) -> None:
    if isinstance(node, nodes.Text):
        found.append(str(node))
        return
    if isinstance(node, SKIPPED) or not isinstance(node, nodes.Element):
        return
    if isinstance(node, addnodes.pending_xref) and _shows_name(node):
        found.append((str(node["reftype"]), str(node["reftarget"])))
        return
    block = not isinstance(node, nodes.Inline)
    if block:
        found.append(BREAK)
    for child in node.children:
        _walk(child, found)
    if block:
        found.append(BREAK)


def _shows_name(node: addnodes.pending_xref) -> bool:
    """True for a shownotes role whose text is the object's name, put in when it resolves."""
    return node.get("refdomain") == "shownotes" and not node.get("refexplicit")


def resolve(parts: TextParts, name_of: Callable[[str, str], str | None]) -> str:
    """The text of ``parts``: each role's object by ``name_of(objtype, target)`` (its target
    when unknown), blocks separated by a blank line, spaces within a block collapsed."""
    text = "".join(part if isinstance(part, str) else (name_of(*part) or part[1]) for part in parts)
    blocks = (" ".join(block.split()) for block in text.split(BREAK))
    return BREAK.join(block for block in blocks if block)
