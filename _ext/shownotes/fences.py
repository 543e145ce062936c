"""MyST without its ``colon_fence`` extension reads every ``:::{speaker}`` block as text,
silently. Each page read records the first such block it holds; after reading, one
``no-colon-fence`` warning names the setting, at the first of them."""

from __future__ import annotations

import re
from collections.abc import Collection

from docutils import nodes
from sphinx.environment import BuildEnvironment

from .log import warn

#: The first line of a colon-fenced directive, as text: ``:::{speaker} ada``.
FENCED = re.compile(r"^:{3,}\{(?:shownotes:)?([a-z][a-z-]*)\}")


def colon_fence_off(env: BuildEnvironment) -> bool:
    """MyST is loaded and its ``colon_fence`` extension is not enabled."""
    enabled = getattr(env.config, "myst_enable_extensions", None)
    return enabled is not None and "colon_fence" not in enabled


def first_unfenced(
    env: BuildEnvironment, document: nodes.document, names: Collection[str]
) -> tuple[str, int] | None:
    """``(directive, line)`` of the first paragraph of a Markdown page that is one of
    ``names`` written with colons, read as text; ``None`` if there is none (or MyST reads
    colon fences)."""
    if not colon_fence_off(env):
        return None
    suffix = env.doc2path(env.docname).suffix
    if env.config.source_suffix.get(suffix) != "markdown":
        return None
    for paragraph in document.findall(nodes.paragraph):
        match = FENCED.match(paragraph.astext())
        if match and match.group(1) in names:
            return match.group(1), paragraph.line or 0
    return None


def warn_unfenced(env: BuildEnvironment, unfenced: dict[str, tuple[str, int]]) -> None:
    """One warning, at the first page read in this build that has a colon-fenced directive."""
    if not unfenced:
        return
    docname = min(unfenced)
    name, line = unfenced[docname]
    others = len(unfenced) - 1
    more = f" (and on {others} other page{'s' if others > 1 else ''})" if others else ""
    warn(
        f"':::{{{name}}}' is read as text{more}: MyST reads ':::' directives only with its "
        "colon_fence extension; add \"colon_fence\" to myst_enable_extensions in conf.py",
        "no-colon-fence",
        (docname, line),
    )
