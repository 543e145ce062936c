"""Sessionize's "All" JSON export (sessions, speakers, categories, rooms, questions).

Its times carry no UTC offset: they are the event's wall-clock times, written as they are; the
event's zone comes from ``--timezone``. It names no event either: the event is named after the
file unless ``--event-name`` and ``--event-id`` say otherwise. Service sessions (breaks) are
left out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import clean, times
from .lenient import Lenient, Path_
from .records import Event, Options, Schedule, Speaker, Talk, Text
from .typemap import classify

FORMAT = re.compile(r"\b(format|type|kind|art)\b", re.IGNORECASE)
VIDEO = re.compile(r"video|youtube|recording|stream", re.IGNORECASE)
SLIDES = re.compile(r"slide|deck|folien", re.IGNORECASE)


def looks_like(data: Any) -> bool:
    """True for a Sessionize "All" export (an object with ``sessions`` and ``speakers``)."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("sessions"), list)
        and isinstance(data.get("speakers"), list)
    )


def read(source: Path, data: dict, options: Options, schedule: Schedule) -> None:
    """Add the event, sessions and speakers of a Sessionize export to ``schedule``."""
    lenient = Lenient(str(source), schedule.notes)
    hint = options.event_id or clean.slug(source.stem) or "sessionize"
    event = Event(f"sessionize:{hint}", hint, options.event_name or source.stem)
    event.timezone, event.source = options.timezone, str(source)
    if not options.event_name:
        lenient.note("", f"{source}: Sessionize names no event: --event-name names it")
    if not options.timezone:
        lenient.note("", f"{source}: Sessionize times have no zone: --timezone names it")
    schedule.events.append(event)
    rooms = {
        str(r.get("id")): lenient.text(r, "name", p)
        for p, r in lenient.items(data.get("rooms"), ("rooms",))
        if isinstance(r, dict)
    }
    questions = {
        str(q.get("id")): lenient.text(q, "question", p)
        for p, q in lenient.items(data.get("questions"), ("questions",))
        if isinstance(q, dict)
    }
    items = category_items(lenient, data.get("categories"))
    speakers = {
        str(raw.get("id")): speaker
        for path, raw in lenient.items(data.get("speakers"), ("speakers",))
        if (speaker := speaker_of(lenient, lenient.mapping(raw, path), path, hint, options))
    }
    schedule.speakers.extend(speakers.values())
    dates = []
    for path, raw in lenient.items(data.get("sessions"), ("sessions",)):
        raw = lenient.mapping(raw, path)
        if raw.get("isServiceSession"):
            continue
        talk = talk_of(lenient, raw, path, event, (rooms, questions, items), speakers)
        schedule.talks.append(talk)
        dates += [talk.date] if talk.date else []
    event.start, event.end = (min(dates), max(dates)) if dates else ("", "")


def speaker_of(
    read_: Lenient, raw: dict, path: Path_, event: str, options: Options
) -> Speaker | None:
    """One speaker (``fullName``, else first and last name)."""
    name = read_.text(raw, "fullName", path) or clean.one_line(
        f"{read_.text(raw, 'firstName', path)} {read_.text(raw, 'lastName', path)}"
    )
    if not name:
        read_.note(path, "a speaker without a name; left out")
        return None
    key = f"sessionize:{event}:{read_.text(raw, 'id', path)}"
    speaker = Speaker(key, name, (key, clean.name_key(name)))
    speaker.role = read_.text(raw, "tagLine", path)
    bio = read_.text(raw, "bio", path, multiline=True)
    speaker.bio = Text(bio, "text") if bio else None
    links = read_.items(raw.get("links"), (*path, "links"))
    speaker.links = tuple(
        u for p, e in links if isinstance(e, dict) and (u := read_.url(e.get("url"), p))
    )
    if options.photos == "link":
        speaker.photo = read_.url(raw.get("profilePicture"), (*path, "profilePicture"))
    return speaker


def talk_of(
    read_: Lenient,
    raw: dict,
    path: Path_,
    event: Event,
    lookups: tuple[dict[str, str], dict[str, str], dict[str, tuple[str, str]]],
    speakers: dict[str, Speaker],
) -> Talk:
    """One session: title, description, time, room, categories, speakers, video links."""
    rooms, questions, items = lookups
    number = read_.text(raw, "id", path)
    if not number:
        raise read_.fail(path, "a session without an 'id': it has no stable key")
    talk = Talk(f"{event.key}:{number}", f"{event.hint}-{clean.slug(number)}", event.key,
                read_.required(raw, "title", path))  # fmt: skip
    description = read_.text(raw, "description", path, multiline=True)
    talk.abstract = Text(description, "text") if description else None
    talk.room = rooms.get(str(raw.get("roomId")), "")
    start = times.parse_datetime(read_.text(raw, "startsAt", path) or "-")
    end = times.parse_datetime(read_.text(raw, "endsAt", path) or "-")
    if start is not None:
        clock = times.wall_clock(start.replace(tzinfo=None), None)
        talk.date, talk.start, talk.day = clock.date, clock.start, clock.date
        talk.order = (start.replace(tzinfo=None).isoformat(), talk.room.casefold(), talk.key)
        if end is not None and end > start:
            talk.duration = int((end - start).total_seconds() // 60) or None
    else:
        talk.order = ("~", talk.room.casefold(), talk.title.casefold(), talk.key)
    talk.speakers = tuple(
        speakers[str(s)].key for s in raw.get("speakers") or [] if str(s) in speakers
    )
    categories(read_, raw, path, talk, items)
    answers(read_, raw, path, talk, questions)
    classify(talk)
    return talk


def category_items(read_: Lenient, raw: Any) -> dict[str, tuple[str, str]]:
    """Each category item's id: (the category's title, the item's name)."""
    items = {}
    for path, category in read_.items(raw, ("categories",)):
        category = read_.mapping(category, path)
        title = read_.text(category, "title", path)
        for ipath, item in read_.items(category.get("items"), (*path, "items")):
            item = read_.mapping(item, ipath)
            items[str(item.get("id"))] = (title, read_.text(item, "name", ipath))
    return items


def categories(
    read_: Lenient, raw: dict, path: Path_, talk: Talk, items: dict[str, tuple[str, str]]
) -> None:
    """Category items: one of a "format" category gives the type; the others are tags."""
    chosen = [items[str(i)] for i in raw.get("categoryItems") or [] if str(i) in items]
    for cpath, category in read_.items(raw.get("categories"), (*path, "categories")):
        category = read_.mapping(category, cpath)  # the "Sessions" export inlines them
        for item in category.get("categoryItems") or []:
            if isinstance(item, dict):
                chosen.append(
                    (read_.text(category, "name", cpath), read_.text(item, "name", cpath))
                )
    tags = []
    for title, name in chosen:
        if FORMAT.search(title) and name and not talk.source_type:
            talk.source_type = name
        elif name:
            tags.append(" ".join(name.replace(",", " ").split()))
    talk.tags = tuple(tags)


def answers(read_: Lenient, raw: dict, path: Path_, talk: Talk, questions: dict) -> None:
    """Answers to questions that hold a video or slides URL; the recording URL."""
    for apath, answer in read_.items(raw.get("questionAnswers"), (*path, "questionAnswers")):
        answer = read_.mapping(answer, apath)
        question = questions.get(str(answer.get("questionId")), "")
        value = read_.text(answer, "answerValue", apath)
        if not value.lower().startswith(("http://", "https://")):
            continue
        if VIDEO.search(question) and not talk.video:
            talk.video = read_.url(value, apath)
        elif SLIDES.search(question) and not talk.slides:
            talk.slides = read_.url(value, apath)
    recording = read_.url(raw.get("recordingUrl"), (*path, "recordingUrl"))
    talk.video = talk.video or recording
