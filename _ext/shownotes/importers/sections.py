"""One generated section per talk and per speaker, with the ids of what they refer to."""

from __future__ import annotations

from dataclasses import dataclass

from . import pages
from .records import Speaker, Talk


@dataclass
class Section:
    """A generated section: a talk (heading, directive, description) or a speaker."""

    kind: str
    oid: str
    keys: tuple[str, ...]
    inner: str
    label: str  # its title or name, for messages


#: A talk's heading level on its day page (the page's title is level 1).
TALK_LEVEL = 2


def talk_section(talk: Talk, ids: dict[str, dict[str, str]], event_id: str) -> Section:
    """The section of ``talk`` (its heading, ``talk`` directive and description)."""
    oid = ids["talk"][talk.key]
    speakers = [ids["speaker"][key] for key in talk.speakers]
    inner = pages.talk_block(talk, oid, event_id, speakers, TALK_LEVEL)
    return Section("talk", oid, (talk.key,), inner, talk.title)


def speaker_section(speaker: Speaker, ids: dict[str, dict[str, str]]) -> Section:
    """The section of ``speaker`` (a ``speaker`` directive and the biography)."""
    oid = ids["speaker"][speaker.key]
    return Section("speaker", oid, speaker.keys, pages.speaker_block(speaker, oid), speaker.name)
