"""Which pages an import writes and what stands on each.

``DIR/index.md`` lists the events (newest first) and the speakers; with more than
:data:`EVENTS_PER_PAGE` events it lists years instead (``DIR/2019.md``, ``DIR/undated.md``), and
each year page lists its events, so that no page and no toctree lists every event. Each event has
``DIR/<event>/index.md`` declaring it, and a page per day (``2019-08-21.md``; ``2016.md`` for a
year of a meetup series; ``undated.md``) with its talks in time order, at most
:data:`TALKS_PER_PAGE` a page. Speakers are declared once, on ``DIR/speakers/index.md``, or, when
there are more than :data:`SPEAKERS_PER_PAGE`, on a page per initial (``speakers/a.md``, then
per two letters for a crowded initial).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from babel.dates import format_date
from sphinx.locale import get_translation

from . import clean, pages
from .records import Event, Schedule, Speaker, Talk
from .sections import Section, speaker_section, talk_section

_ = get_translation("shownotes")

DEFAULT_TITLE = _("Events")
TALKS_PER_PAGE = 200
SPEAKERS_PER_PAGE = 250
#: With more events than this, the index lists a page per year.
EVENTS_PER_PAGE = 50


@dataclass
class PagePlan:
    """A page the import writes; its header is made once its children are known."""

    path: str  # relative to DIR
    header_kind: str  # "page" or "event"
    header_keys: tuple[str, ...]
    make_header: Callable[[list[str]], str]
    rank: str  # its place among its parent's children
    sections: list[Section] = field(default_factory=list)
    parent: str | None = None  # the page whose toctree lists it, if not :func:`parent_of`'s


def parent_in(plan: PagePlan) -> str | None:
    """The page whose toctree lists ``plan``'s page."""
    return plan.parent or parent_of(plan.path)


def parent_of(path: str) -> str | None:
    """The page whose toctree lists ``path``."""
    if path == "index.md":
        return None
    folder = path.rpartition("/")[0]
    return "index.md" if path.endswith("/index.md") or not folder else f"{folder}/index.md"


def toctree_entry(parent: str, child: str) -> str:
    """``child``'s docname relative to ``parent``'s folder."""
    folder = parent.rpartition("/")[0]
    name = child.removesuffix(".md")
    return name[len(folder) + 1 :] if folder else name


def day_title(day: str, locale: str, part: int) -> str:
    """ "Wednesday, August 21, 2019", "2016" or "Undated", then " (2)" for a second page."""
    if len(day) == 10:
        title = format_date(date.fromisoformat(day), format="full", locale=locale)
    else:
        title = day or _("Undated")
    return f"{title} ({part})" if part > 1 else title


def event_rank(event: Event, oid: str) -> str:
    """Newest first; events without dates last."""
    if not event.start:
        return "1" + oid
    return "0" + str(99999999 - int(event.start.replace("-", ""))) + oid


def year_of(event: Event) -> str:
    """The year an event starts in (``2019``), or ``undated`` (as the ``:year:`` filter)."""
    return event.start[:4] if event.start else "undated"


def year_pages(events: list[Event]) -> dict[str, PagePlan]:
    """A page per year of the events' start (``2019.md``), newest first, ``undated.md`` last."""
    plans = {}
    for year in sorted({year_of(e) for e in events}):
        dated = year != "undated"
        title = year if dated else _("Undated")
        plans[year] = PagePlan(
            f"{year}.md",
            "page",
            (),
            partial(pages.year_header, title, year),
            "0" + str(9999 - int(year)) if dated else "1",
        )
    return plans


def day_pages(
    event: Event, eid: str, talks: list[Talk], locale: str, section: Callable[[Talk], Section]
) -> list[PagePlan]:
    """The day pages of one event (a day with too many talks takes several pages)."""
    by_day: dict[str, list[Talk]] = defaultdict(list)
    for talk in talks:
        by_day[talk.day].append(talk)
    plans = []
    for day, day_talks in sorted(by_day.items(), key=lambda item: item[0] or "~"):
        day_talks.sort(key=lambda t: t.order)
        for part, first in enumerate(range(0, len(day_talks), TALKS_PER_PAGE), start=1):
            name = (day or "undated") + (f"-{part}" if part > 1 else "")
            title = day_title(day, locale, part)
            plans.append(
                PagePlan(
                    f"{eid}/{name}.md",
                    "page",
                    (),
                    partial(pages.plain_header, title),
                    name if day else "~" + name,
                    [section(t) for t in day_talks[first : first + TALKS_PER_PAGE]],
                )
            )
    return plans


def sort_name(speaker: Speaker) -> str:
    """The order of speakers on their pages: by name, accents and case aside."""
    return unicodedata.normalize("NFKD", speaker.name).casefold()


def buckets(speakers: list[Speaker]) -> dict[str, list[Speaker]]:
    """Speakers by initial ("a"), a crowded initial by two letters ("al"), then in parts."""
    if len(speakers) <= SPEAKERS_PER_PAGE:
        return {"": speakers}
    letters = {id(s): clean.slug(s.name).replace("-", "") for s in speakers}
    result: dict[str, list[Speaker]] = {}

    def fill(name: str, group: list[Speaker]) -> None:
        if len(group) <= SPEAKERS_PER_PAGE:
            result[name] = group
            return
        for part, first in enumerate(range(0, len(group), SPEAKERS_PER_PAGE), start=1):
            result[f"{name}-{part}"] = group[first : first + SPEAKERS_PER_PAGE]

    for name, group in _group(speakers, lambda s: letters[id(s)][:1] or "other").items():
        if len(group) <= SPEAKERS_PER_PAGE or name == "other":
            fill(name, group)
            continue
        for pair, subgroup in _group(group, lambda s: letters[id(s)][:2]).items():
            fill(pair, subgroup)
    return result


def _group(speakers: list[Speaker], key: Callable[[Speaker], str]) -> dict[str, list[Speaker]]:
    groups: dict[str, list[Speaker]] = defaultdict(list)
    for speaker in speakers:
        groups[key(speaker)].append(speaker)
    return groups


def speaker_pages(speakers: list[Speaker], section: Callable[[Speaker], Section]) -> list[PagePlan]:
    """``speakers/index.md``, and a page per bucket when there are many speakers."""
    if not speakers:
        return []
    speakers = sorted(speakers, key=lambda s: (sort_name(s), s.key))
    groups = buckets(speakers)
    title = _("Speakers")
    index = PagePlan(
        "speakers/index.md", "page", (), partial(pages.plain_header, title), "~speakers"
    )
    plans = [index]
    for name, group in sorted(groups.items()):
        sections = [section(s) for s in sorted(group, key=lambda s: (sort_name(s), s.key))]
        if not name:
            index.sections = sections
            continue
        label = _("other scripts") if name.startswith("other") else name.capitalize()
        heading = _("Speakers: %s") % label
        plans.append(
            PagePlan(
                f"speakers/{name}.md",
                "page",
                (),
                partial(pages.plain_header, heading),
                "~" + name if name.startswith("other") else name,
                sections,
            )
        )
    return plans


def plan(
    schedule: Schedule, ids: dict[str, dict[str, str]], locale: str, title: str
) -> list[PagePlan]:
    """Every page of the import (see the module's docstring)."""
    event_ids = {e.key: ids["event"][e.key] for e in schedule.events}
    talks_of: dict[str, list[Talk]] = defaultdict(list)
    for talk in schedule.talks:
        talks_of[talk.event].append(talk)
    by_year = year_pages(schedule.events) if len(schedule.events) > EVENTS_PER_PAGE else {}
    index = partial(pages.index_header, title, listed=not by_year)
    plans = [PagePlan("index.md", "page", (), index, ""), *by_year.values()]
    for event in schedule.events:
        eid = event_ids[event.key]
        year = by_year.get(year_of(event))
        plans.append(
            PagePlan(
                f"{eid}/index.md",
                "event",
                (event.key,),
                partial(pages.event_header, event, eid),
                event_rank(event, eid),
                parent=year.path if year else None,
            )
        )
        section = partial(talk_section, ids=ids, event_id=eid)
        plans += day_pages(event, eid, talks_of[event.key], locale, section)
    speaking = {k for t in schedule.talks for k in t.speakers}
    speakers = [s for s in schedule.speakers if s.key in speaking]
    plans += speaker_pages(speakers, partial(speaker_section, ids=ids))
    return plans
