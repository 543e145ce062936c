"""A schedule's days: its talks grouped by date, each day named in the site's language.

Dates are written by Babel (what Sphinx's own ``sphinx.util.i18n.format_date`` calls), in the
locale of the site's ``language``; an unknown language falls back to English, as Sphinx's does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

import babel.core
import babel.dates
from docutils import nodes
from sphinx.locale import get_translation

from ..rows import Schedule, TalkRow

_ = get_translation("shownotes")


class Day(NamedTuple):
    """The talks of one date ("" for talks without a date), in schedule order."""

    date: str
    talks: tuple[TalkRow, ...]


def days(talks: Sequence[TalkRow]) -> list[Day]:
    """``talks`` (in schedule order, undated ones last) grouped by date, in that order."""
    groups: dict[str, list[TalkRow]] = {}
    for row in talks:
        groups.setdefault(row.date, []).append(row)
    return [Day(day, tuple(rows)) for day, rows in groups.items()]


def _format(iso: str, language: str, skeleton: str) -> str:
    """``iso`` in ``language``'s form for ``skeleton`` ("full" or a Babel skeleton)."""
    when = date.fromisoformat(iso)
    for locale in (language.replace("-", "_"), "en"):
        try:
            if skeleton == "full":
                return babel.dates.format_date(when, "full", locale=locale)
            return babel.dates.format_skeleton(skeleton, when, locale=locale)
        except (ValueError, babel.core.UnknownLocaleError):
            continue
    return iso


def day_title(iso: str, language: str) -> str:
    """ "Tuesday, October 27, 2015" (en), "2015年10月27日火曜日" (ja); for talks without a
    date, "Date not given"."""
    return _format(iso, language, "full") if iso else _("Date not given")


def day_label(iso: str, language: str) -> str:
    """A day's short name for a tab: "Tue, Oct 27" (en), "10月27日(火)" (ja)."""
    return _format(iso, language, "MMMEd") if iso else _("Date not given")


def day_heading(iso: str, language: str, depth: int) -> nodes.rubric:
    """A heading for one day, one level below the ``depth`` sections it stands in (a rubric:
    a real heading in HTML, kept out of the table of contents)."""
    title = day_title(iso, language)
    heading = nodes.rubric(title, title, classes=["shownotes-day-heading"])
    heading["heading-level"] = min(depth + 1, 6)
    if iso:
        heading["classes"].append(f"shownotes-day-{iso}")
    return heading


def caption(schedule: Schedule) -> str:
    """ "OpenStack Summit Tokyo 2015, Tokyo, Japan (Asia/Tokyo time)", or ""."""
    if schedule.caption and schedule.timezone:
        zone = _("%s time") % schedule.timezone  # outside the f-string: Babel must see it
        return f"{schedule.caption} ({zone})"
    return schedule.caption


def caption_paragraph(schedule: Schedule) -> list[nodes.Node]:
    """The schedule's caption as a paragraph above its days (none without an event)."""
    text = caption(schedule)
    if not text:
        return []
    return [
        nodes.paragraph("", "", nodes.strong(text, text), classes=["shownotes-schedule-caption"])
    ]
