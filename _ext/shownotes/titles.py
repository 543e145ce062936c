"""Roles in section titles show their object's name in the page's title and tables of contents.

Sphinx copies every section title as it is read (the page titles and tables of contents of
``env.titles``, ``env.longtitles`` and ``env.tocs``) before any reference resolves: a role's
text there is the id (``{speaker}`ada``` showed "ada" in furo's "On this page", the page's
``<title>`` and the project index's "Pages:"). The copies keep the role's text node with its
:data:`NAMED` attribute (``kind:id``); after reading, :func:`name_titles` puts each object's
name in it, every build (so a renamed object shows its new name).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.environment import BuildEnvironment

from .derived import Derived

#: The attribute of a role's text node that names the object whose name it shows.
NAMED = "shownotes_named"


def _name(derived: Derived, named: str) -> str:
    """The name of the object ``kind:id`` (its id if unknown)."""
    kind, _sep, target = named.partition(":")
    found = derived.lookup(kind, target)
    return found.display_name if found is not None else target


def name_titles(env: BuildEnvironment, derived: Derived, docnames: list[str]) -> None:
    """Put the objects' names in the copies of the titles of ``docnames``."""
    for docname in docnames:
        for copies in (env.titles, env.longtitles, env.tocs):
            tree = copies.get(docname)
            if tree is None:
                continue
            for node in list(tree.findall(nodes.Element)):
                if NAMED in node:
                    node[:] = [nodes.Text(_name(derived, node[NAMED]))]
