"""A small project linking to one speaker in every way MyST and Sphinx allow, for incremental tests.

Each way has its own page (``WAYS``), so a stale page names the way that went wrong. The edits
(``EDITS``) change what those links show (the speaker's name) or where they land (the page that
declares the speaker).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from corpus import html_pages

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build", "parts"]
project = "Links"
copyright = "2015, test"
version = release = "1.0"
"""

#: way -> the MyST of a page that links to the speaker ``ada`` that way.
WAYS = {
    "role": "A role: {speaker}`ada`.",
    "prefixed-role": "A prefixed role: {shownotes:speaker}`ada`.",
    "myst-link": "A MyST link: [](ada).",
    "any-role": "The any role: {any}`ada`.",
    "include": "```{include} parts/part.md\n```",
    "talk-option": ":::{talk} a-talk\n:title: A talk\n:speakers: ada\n:::",
    "listing": ":::{speaker-gallery}\n:::\n\n:::{project-index}\n:::",
}
PART = "An included file's role: {speaker}`ada`.\n"

SPEAKER = ":::{{speaker}} ada\n:name: {name}\n:::\n"
PROJECT = ":::{project} thing\n:name: A thing\n:::\n"


def write_links(root: Path, ways: list[str]) -> Path:
    """The project: ``people.md`` declares ``ada``; ``way-<way>.md`` links to her."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "conf.py").write_text(CONF)
    pages = ["people", "other", *(f"way-{way}" for way in ways)]
    (root / "index.md").write_text("# Links\n\n```{toctree}\n" + "\n".join(pages) + "\n```\n")
    (root / "people.md").write_text("# People\n\n" + SPEAKER.format(name="Ada Example") + PROJECT)
    (root / "other.md").write_text("# Other\n\nNobody here yet.\n")
    (root / "parts").mkdir(exist_ok=True)
    (root / "parts" / "part.md").write_text(PART)
    for way in ways:
        (root / f"way-{way}.md").write_text(f"# Way {way}\n\n{WAYS[way]}\n")
    return root


def rename(root: Path) -> None:
    """Change the name every link shows by default."""
    page = root / "people.md"
    page.write_text(page.read_text().replace("Ada Example", "Ada Renamed"))


def move(root: Path) -> None:
    """Move the declaration to another page (every link's address changes)."""
    (root / "people.md").write_text("# People\n\nNobody here any more.\n\n" + PROJECT)
    (root / "other.md").write_text("# Other\n\n" + SPEAKER.format(name="Ada Example"))


def retarget_included(root: Path) -> None:
    """Make the included file mention the project instead (its includer is read again)."""
    (root / "parts" / "part.md").write_text("An included file's role: {project}`thing`.\n")


EDITS: dict[str, Callable[[Path], None]] = {
    "rename": rename,
    "move": move,
    "retarget-included": retarget_included,
}


def clean_copy(src: Path, into: Path) -> Path:
    """A copy of the sources, without their build folder."""
    shutil.copytree(src, into, ignore=shutil.ignore_patterns("_build"))
    return into


def stale_pages(incremental: Path, clean: Path) -> list[str]:
    """The HTML pages of an incremental build that differ from a clean build's."""
    ours, theirs = html_pages(incremental), html_pages(clean)
    assert ours.keys() == theirs.keys()
    return sorted(page for page, content in theirs.items() if ours[page] != content)
