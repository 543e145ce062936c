"""A generated show-notes project of many documents, for parallel and incremental tests."""

from __future__ import annotations

import re
from pathlib import Path

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
"""


def talk_block(n: int, speakers: list[str], projects: list[str], start: str | None) -> str:
    """The MyST of talk ``n`` heading its own section."""
    lines = [
        f"## Talk number {n}",
        "",
        f":::{{talk}} talk-{n}",
        f":title: Talk number {n}",
        f":speakers: {', '.join(speakers)}",
        f":projects: {', '.join(projects)}",
        ":kind: breakout",
        f":date: 2015-10-{27 + n % 2}",
    ]
    if start:
        lines.append(f":start: {start}")
    lines += [
        f"Summary of talk {n}.",
        ":::",
        "",
        f"Notes of talk {n} mention {{project}}`project-{(n * 7) % 6}` and "
        f"{{speaker}}`speaker-{(n * 3) % 20}`.",
        "",
    ]
    return "\n".join(lines)


def write_corpus(root: Path, documents: int = 60, duplicates: bool = False) -> Path:
    """Write a project of ``documents`` pages: talks, speakers, projects and listings.

    With ``duplicates``, the first and the last talk pages both declare ``speaker-dup``
    (so parallel readers see the two declarations in different workers)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "conf.py").write_text(CONF)
    talk_pages = documents - 5
    pages = [f"talks-{n:03d}" for n in range(talk_pages)]
    toctree = "\n".join(["speakers", "projects", "schedule", "gallery", *pages])
    (root / "index.md").write_text(f"# Corpus\n\n```{{toctree}}\n{toctree}\n```\n")
    speakers = ["# Speakers", ""]
    for n in range(20):
        speakers += [
            f":::{{speaker}} speaker-{n}",
            f":name: Speaker {n}",
            f":org: Org {n % 3}",
            ":::",
            "",
        ]
    (root / "speakers.md").write_text("\n".join(speakers))
    projects = ["# Projects", "", ":::{project-index}", ":::", ""]
    for n in range(6):
        projects += [f":::{{project}} project-{n}", f":name: Project {n}", ":::", ""]
    (root / "projects.md").write_text("\n".join(projects))
    (root / "schedule.md").write_text("# Schedule\n\n:::{schedule}\n:::\n")
    (root / "gallery.md").write_text("# Gallery\n\n:::{speaker-gallery}\n:::\n")
    for n, page in enumerate(pages):
        speakers_of = [f"speaker-{n % 20}", f"speaker-{(n + 1) % 20}"]
        projects_of = [f"project-{n % 6}", f"project-{(n + 2) % 6}"]
        start = f"{9 + n % 8:02d}:{(n * 5) % 60:02d}" if n % 4 else None
        text = f"# Page {n}\n\n" + talk_block(n, speakers_of, projects_of, start)
        if duplicates and n in (0, talk_pages - 1):
            text += f"\n:::{{speaker}} speaker-dup\n:name: Declared on page {n}\n:::\n"
        (root / f"{page}.md").write_text(text)
    return root


def move_talk(root: Path, n: int, new_speakers: list[str]) -> None:
    """Give talk ``n`` other speakers (the edit an author makes to move a talk)."""
    page = root / f"talks-{n:03d}.md"
    text = re.sub(r":speakers: .*", f":speakers: {', '.join(new_speakers)}", page.read_text())
    page.write_text(text)


def html_pages(outdir: Path) -> dict[str, bytes]:
    """Every HTML page of a build, by path relative to ``outdir``."""
    return {
        str(p.relative_to(outdir)): p.read_bytes() for p in sorted(Path(outdir).rglob("*.html"))
    }
