"""Re-running an import: the new generated blocks, and everything the author wrote, kept.

Each generated section is matched with the block an earlier import wrote for the same source
key, wherever it was: the author's text after that block (their notes) moves with it. A block
edited by hand is kept as it is. A section whose talk or speaker left the source stays where it
was, with its notes, and is reported. A page the import no longer writes is kept if anything on
it is still the author's, and removed otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from . import blocks
from .blocks import Block, Page
from .layout import PagePlan, parent_in, parent_of, toctree_entry
from .pages import PREAMBLE, toctree
from .sections import Section


@dataclass
class Outcome:
    """The pages to write (``None``: to remove) and what to tell the user."""

    files: dict[str, str | None] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)
    kept_pages: list[str] = field(default_factory=list)


@dataclass
class _Match:
    old: dict[int, tuple[str, Section]] = field(default_factory=dict)  # id(block) -> new home
    block_of: dict[int, Block] = field(default_factory=dict)  # id(section) -> its old block


def _match(plans: list[PagePlan], old: dict[str, Page]) -> _Match:
    homes: dict[tuple[str, str], tuple[str, Section]] = {}
    for plan in plans:
        for section in plan.sections:
            for key in section.keys:
                homes.setdefault((section.kind, key), (plan.path, section))
    match = _Match()
    for page in old.values():
        for block in page.sections:
            home = next(
                (homes[(block.kind, k)] for k in block.keys if (block.kind, k) in homes), None
            )
            if home is not None and id(home[1]) not in match.block_of:
                match.old[id(block)] = home
                match.block_of[id(home[1])] = block
    return match


def _sections(plan: PagePlan, page: Page | None, match: _Match, out: Outcome) -> str:
    """The page's sections in order: new ones, with the gone ones where they were."""
    after: dict[int | None, list[Block]] = defaultdict(list)
    anchor: int | None = None
    for block in page.sections if page else []:
        home = match.old.get(id(block))
        if home is None:
            after[anchor].append(block)
            out.removed.append(f"{plan.path}: {block.kind} {block.oid}")
        elif home[0] == plan.path:
            anchor = id(home[1])
    text = "".join(b.text + b.tail for b in after[None])
    for section in plan.sections:
        old_block = match.block_of.get(id(section))
        if old_block is not None and old_block.edited:
            out.edited.append(f"{plan.path}: line {old_block.line}: {section.kind} {section.oid}")
            text += old_block.text
        else:
            text += blocks.render(section.kind, section.oid, section.inner, section.keys)
        text += old_block.tail if old_block is not None else "\n"
        text += "".join(b.text + b.tail for b in after[id(section)])
    return text


def _header(plan: PagePlan, page: Page | None, children: list[str], out: Outcome) -> str:
    entries = [toctree_entry(plan.path, child) for child in children]
    old = page.header if page else None
    if old is not None and old.edited:
        out.edited.append(f"{plan.path}: line {old.line}: the page's header")
        return old.text + old.tail
    oid = plan.path.removesuffix(".md")
    if plan.header_kind == "event":
        oid = plan.path.partition("/")[0]
    text = blocks.render(plan.header_kind, oid, plan.make_header(entries), plan.header_keys)
    return text + (old.tail if old is not None else "\n")


TOCTREE = re.compile(r"```\{toctree\}\n:maxdepth: 1\n\n(?:.*\n)*?```\n")


def _retoc(header: Block, path: str, children: list[str]) -> str:
    """An unedited old header whose toctree lists ``children`` (the pages still there)."""
    if header.edited:
        return header.text
    lines = blocks.lines_of(header.text)
    inner = "".join(lines[1:-1])
    tree = toctree([toctree_entry(path, c) for c in children]) + "\n" if children else ""
    inner, count = TOCTREE.subn(lambda _: tree, inner, count=1)
    if not count and tree:
        inner += "\n" + tree
    return blocks.render(header.kind, header.oid, inner, header.keys)


def _leftover(page: Page, match: _Match, children: list[str]) -> tuple[str | None, list[Block]]:
    """An old page no import writes any more, without the sections that moved away, and the
    sections still on it; ``None`` if nothing on it is the author's."""
    staying = [b for b in page.sections if id(b) not in match.old]
    intro = page.header.tail if page.header else page.preamble
    if not staying and not intro.strip() and not children:
        return None, []
    text = page.preamble
    if page.header is not None:
        text += _retoc(page.header, page.path, children) + page.header.tail
    return text + "".join(b.text + b.tail for b in staying), staying


def merge(plans: list[PagePlan], old: dict[str, Page]) -> Outcome:
    """The new text of every page (see the module's docstring)."""
    match = _match(plans, old)
    out = Outcome()
    ranks = {plan.path: plan.rank for plan in plans}
    children: dict[str, list[str]] = defaultdict(list)
    for plan in plans:
        parent = parent_in(plan)
        if parent is not None:
            children[parent].append(plan.path)
    leftovers = sorted(set(old) - set(ranks), key=lambda p: (p.endswith("index.md"), p))
    for path in leftovers:  # a folder's pages before the folder's index
        kids = sorted(children[path], key=lambda p: ranks[p])
        text, staying = _leftover(old[path], match, kids)
        out.files[path] = text
        out.removed += [f"{path}: {b.kind} {b.oid}" for b in staying]
        parent = parent_of(path)
        if text is not None and parent is not None:
            out.kept_pages.append(path)
            ranks[path] = "~~" + path
            children[parent].append(path)
    for plan in plans:
        page = old.get(plan.path)
        kids = sorted(children[plan.path], key=lambda p: ranks[p])
        text = (page.preamble if page else PREAMBLE) + _header(plan, page, kids, out)
        out.files[plan.path] = text + _sections(plan, page, match, out)
    return out
