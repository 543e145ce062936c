"""The generated parts of the pages, as MyST text: talk and speaker sections, page headers.

Every text from the source goes through :mod:`.myst`: headings escaped, option values quoted,
abstracts and biographies in ``imported-text`` fences that nothing inside can close.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import myst
from .records import Event, Speaker, Talk, Text

PREAMBLE = (
    "% shownotes-import page: written by `shownotes import`. Each import rewrites the blocks\n"
    '% from a "shownotes-import begin" line to the next "shownotes-import end" line; write your\n'
    "% notes outside them, and they are kept as written.\n"
)


def _options(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return [myst.option(name, value) for name, value in pairs if value]


def _texts(texts: Iterable[Text | None]) -> list[Text]:
    return [t for t in texts if t is not None and t.body.strip()]


def talk_block(talk: Talk, oid: str, event_id: str, speaker_ids: list[str], level: int) -> str:
    """A talk's heading, its ``talk`` directive (abstract as its summary), its description."""
    subtitle = Text(talk.subtitle, "text") if talk.subtitle else None
    summary = _texts([subtitle, talk.abstract])
    description = _texts([talk.description, talk.links])
    inner = myst.fence_length(*(t.body for t in summary))
    outer = max(inner + 1, myst.fence_length(*(t.body for t in summary), nested=1))
    start = talk.start + talk.utc_offset if talk.start else ""
    options = _options(
        [
            ("title", talk.title),
            ("event", event_id),
            ("speakers", ", ".join(speaker_ids)),
            ("kind", talk.kind),
            ("date", talk.date),
            ("start", start),
            ("duration", str(talk.duration) if talk.duration else ""),
            ("room", talk.room),
            ("tags", ", ".join(talk.tags)),
            ("language", talk.language),
            ("slides", talk.slides),
            ("video", talk.video),
        ]
    )
    body = "\n".join(myst.imported_text(t.body, t.markup, inner) for t in summary)
    parts = [myst.heading(level, talk.title), myst.fenced("talk", oid, options, body, outer)]
    for text in description:
        parts.append(myst.imported_text(text.body, text.markup, myst.fence_length(text.body)))
    return "\n\n".join(parts) + "\n"


def speaker_block(speaker: Speaker, oid: str) -> str:
    """A ``speaker`` directive with the biography as its body."""
    bio = _texts([speaker.bio])
    inner = myst.fence_length(*(t.body for t in bio))
    links = ", ".join(link.replace(",", "%2C") for link in speaker.links)
    options = _options(
        [("name", speaker.name), ("role", speaker.role), ("links", links), ("photo", speaker.photo)]
    )
    body = "\n".join(myst.imported_text(t.body, t.markup, inner) for t in bio)
    return myst.fenced("speaker", oid, options, body, inner + 1) + "\n"


def toctree(entries: list[str], maxdepth: int = 1, hidden: bool = False) -> str:
    """A toctree of ``entries`` (docnames relative to the page; slugs only)."""
    head = ["```{toctree}", *([":hidden:"] if hidden else []), f":maxdepth: {maxdepth}", ""]
    return "\n".join([*head, *entries, "```"])


def index_header(title: str, children: list[str], listed: bool = True) -> str:
    """``DIR/index.md``: the events as an ``event-index`` (names, dates, places, talks), a
    link to the speakers, and a hidden toctree of both for the navigation; or, when the events
    are on year pages (``listed`` false), a toctree of the years and the speakers."""
    if not listed:
        return "\n\n".join([myst.heading(1, title), toctree(children)]) + "\n"
    parts = [myst.heading(1, title), ":::{event-index}\n:::"]
    if "speakers/index" in children:
        parts.append("{doc}`speakers/index`")
    if children:
        parts.append(toctree(children, hidden=True))
    return "\n\n".join(parts) + "\n"


def year_header(title: str, year: str, children: list[str]) -> str:
    """A year page: the ``event-index`` of the events starting that year (``year`` is a
    year or ``undated``), and a hidden toctree of their pages."""
    parts = [myst.heading(1, title), f":::{{event-index}}\n:year: {year}\n:::"]
    if children:
        parts.append(toctree(children, hidden=True))
    return "\n\n".join(parts) + "\n"


def event_header(event: Event, oid: str, days: list[str]) -> str:
    """The event page's heading, its ``event`` directive and the toctree of its days."""
    texts = _texts([event.description])
    inner = myst.fence_length(*(t.body for t in texts))
    options = _options(
        [
            ("name", event.name),
            ("start", event.start),
            ("end", event.end),
            ("place", event.place),
            ("timezone", event.timezone),
            ("url", event.url),
        ]
    )
    body = "\n".join(myst.imported_text(t.body, t.markup, inner) for t in texts)
    parts = [myst.heading(1, event.name), myst.fenced("event", oid, options, body, inner + 1)]
    if days:
        parts.append(toctree(days))
    return "\n\n".join(parts) + "\n"


def plain_header(title: str, children: list[str]) -> str:
    """A heading and, if there are any, a toctree of ``children``."""
    parts = [myst.heading(1, title)]
    if children:
        parts.append(toctree(children))
    return "\n\n".join(parts) + "\n"
