"""pyvideo's data (github.com/pyvideo/data): an event folder (``category.json`` and
``videos/*.json``) or the root of the data (every event in it).

Videos whose ids the data's ``NO_PUBLISH.json`` lists are left out. pyvideo records no times,
only the day a video was recorded: talks go on a page per day, or per year for a series that
spans more than two weeks (meetups); descriptions are reStructuredText.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..validate import MAX_DURATION
from . import clean, times
from .errors import SourceError
from .jsonfile import load
from .lenient import Lenient
from .records import Event, Options, Schedule, Speaker, Talk, Text
from .typemap import classify

#: Talks of an event spanning more days than this go on one page per year.
DAILY_SPAN = 14


def is_event(folder: Path) -> bool:
    """True for a pyvideo event folder."""
    return (folder / "category.json").is_file() and (folder / "videos").is_dir()


def events_in(folder: Path) -> list[Path]:
    """The event folders of ``folder``: itself if it is one, else those inside it (sorted)."""
    if is_event(folder):
        return [folder]
    return sorted(p for p in folder.iterdir() if not p.name.startswith(".") and is_event(p))


def no_publish(folder: Path) -> frozenset[int]:
    """The ids in ``NO_PUBLISH.json`` of the data root (``folder`` or the folder above it)."""
    for candidate in (folder / "NO_PUBLISH.json", folder.parent / "NO_PUBLISH.json"):
        if candidate.is_file():
            ids = load(candidate)
            if not isinstance(ids, list):
                raise SourceError(str(candidate), "", "expected a list of video ids")
            return frozenset(i for i in ids if isinstance(i, int))
    return frozenset()


def video_files(event: Path) -> Iterator[Path]:
    """The event's video files, in name order."""
    return iter(sorted((event / "videos").glob("*.json")))


def read_event(folder: Path, options: Options, schedule: Schedule, hidden: frozenset) -> int:
    """Add one event folder to ``schedule``; return how many videos were left out."""
    lenient = Lenient(str(folder / "category.json"), schedule.notes)
    category = lenient.mapping(load(folder / "category.json"), ())
    name = lenient.required(category, "title", ())
    event = Event(f"pyvideo:{folder.name}", folder.name, name, source=str(folder))
    event.url = lenient.url(category.get("url"), ("url",))
    described = lenient.text(category, "description", (), multiline=True)
    event.description = Text(described, "rst") if described else None
    left_out, talks = 0, []
    for path in video_files(folder):
        raw = load(path)
        if not isinstance(raw, dict):
            raise SourceError(str(path), "", "expected a JSON object (one video)")
        if raw.get("id") in hidden:
            left_out += 1
            continue
        talks.append(talk_of(Lenient(str(path), schedule.notes), raw, path, event, schedule))
    dates = sorted(t.date for t in talks if t.date)
    event.start = times.parse_date(lenient.text(category, "start_date", ())) or (
        dates[0] if dates else ""
    )
    event.end = times.parse_date(lenient.text(category, "end_date", ())) or (
        dates[-1] if dates else ""
    )
    yearly = (
        dates and (date.fromisoformat(dates[-1]) - date.fromisoformat(dates[0])).days > DAILY_SPAN
    )
    for talk in talks:
        talk.day = talk.date[:4] if yearly else talk.date
    schedule.events.append(event)
    schedule.talks.extend(talks)
    return left_out


def talk_of(
    read: Lenient, raw: dict[str, Any], path: Path, event: Event, schedule: Schedule
) -> Talk:
    """One video as a talk."""
    title = read.required(raw, "title", ())
    talk = Talk(f"{event.key}/{path.stem}", clean.slug(path.stem, 60) or "talk", event.key, title)
    talk.date = times.parse_date(read.text(raw, "recorded", ()))
    talk.order = (talk.date or "~", title.casefold(), talk.key)
    talk.language = read.text(raw, "language", ())
    talk.tags = tuple(
        " ".join(clean.one_line(t).replace(",", " ").split())
        for t in raw.get("tags") or [] if isinstance(t, str) and t.strip()
    )  # fmt: skip
    seconds = raw.get("duration")
    if isinstance(seconds, int) and not isinstance(seconds, bool) and seconds > 0:
        if seconds > MAX_DURATION * 60:
            read.note(("duration",), f"{seconds} seconds is longer than a week: left out")
        else:
            talk.duration = max(1, round(seconds / 60))
    videos = [v for v in raw.get("videos") or [] if isinstance(v, dict)]
    talk.video = next((u for v in videos if (u := read.url(v.get("url"), ("videos",)))), "")
    others = []
    for entry in raw.get("related_urls") or []:
        entry = entry if isinstance(entry, dict) else {"url": entry}
        given = clean.one_line(entry.get("url"))
        url = read.url(given, ("related_urls",), event.url, "shown as text")
        label = clean.one_line(entry.get("label"))
        if url and "slide" in label.lower() and not talk.slides:
            talk.slides = url
        elif url or given:
            others.append(f"- {label}: {url or given}" if label else f"- {url or given}")
    summary = read.text(raw, "summary", (), multiline=True)
    described = read.text(raw, "description", (), multiline=True)
    if not summary:
        summary, described = described, ""
    talk.abstract = Text(summary, "rst") if summary else None
    talk.description = Text(described, "rst") if described else None
    talk.links = Text("\n".join(others), "text") if others else None
    talk.speakers = tuple(add_speaker(schedule, name) for name in speakers_of(raw))
    classify(talk)
    return talk


def speakers_of(raw: dict[str, Any]) -> list[str]:
    """The video's speaker names, cleaned, without empty ones."""
    names = [clean.one_line(s) for s in raw.get("speakers") or [] if isinstance(s, str)]
    return list(dict.fromkeys(n for n in names if n))


def add_speaker(schedule: Schedule, name: str) -> str:
    """A speaker known only by name (merged with the same name later); return its key."""
    key = clean.name_key(name)
    schedule.speakers.append(Speaker(key, name, (key,)))
    return key


def read(
    folder: Path, options: Options, schedule: Schedule, tick: Callable[[int], None]
) -> list[Path]:
    """Add every event of ``folder`` (an event, or the data root) to ``schedule``; ``tick``
    is told how many talks each event added."""
    events = events_in(folder)
    if not events:
        raise SourceError(str(folder), "", "neither a pyvideo event folder nor the pyvideo data")
    hidden = no_publish(folder)
    left_out = 0
    for event in events:
        before = len(schedule.talks)
        left_out += read_event(event, options, schedule, hidden)
        tick(len(schedule.talks) - before)
    if left_out:
        schedule.notes.append(f"{folder}: {left_out} video(s) listed in NO_PUBLISH.json left out")
    return events
