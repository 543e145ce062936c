"""Telling the formats apart by content (``--format auto``) and reading each source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import frab_json, frab_xml, pyvideo, sessionize
from .errors import SourceError
from .jsonfile import load
from .records import Options, Schedule

FORMATS = ("auto", "frab", "sessionize", "pyvideo")
KNOWN = (
    'a frab or pretalx schedule.json or schedule.xml, a Sessionize "All" JSON export, or a '
    "pyvideo event folder or data folder"
)
PRETALX_HINT = (
    "this looks like pretalx REST API data re-keyed by a web site, not an export: download the "
    "schedule from pretalx as https://<pretalx>/<event>/schedule/export/schedule.json instead"
)


def _json_kind(data: Any) -> str:
    if frab_json.looks_like(data):
        return "frab"
    if sessionize.looks_like(data):
        return "sessionize"
    if isinstance(data, dict) and isinstance(data.get("schedule"), dict) and "speakers" in data:
        return "pretalx-site"
    return ""


def read_source(
    path: Path, fmt: str, options: Options, schedule: Schedule, tick: Callable[[int], None]
) -> None:
    """Read one SOURCE (file or folder) in format ``fmt`` into ``schedule``."""
    if path.is_dir():
        if fmt not in ("auto", "pyvideo"):
            raise SourceError(str(path), "", f"a folder, but --format {fmt} reads a file")
        pyvideo.read(path, options, schedule, tick)
        return
    if not path.is_file():
        raise SourceError(str(path), "", "no such file or folder")
    if fmt == "pyvideo":
        raise SourceError(str(path), "", "--format pyvideo reads a folder (an event, or the data)")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SourceError(str(path), "", f"cannot be read: {err.strerror}") from None
    before = len(schedule.talks)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        root = frab_xml.parse(path, data)
        if fmt not in ("auto", "frab") or not frab_xml.looks_like(root):
            raise SourceError(str(path), "", f"not a frab schedule.xml; this command reads {KNOWN}")
        frab_xml.read(path, root, options, schedule)
    else:
        parsed = load(path, data)
        kind = _json_kind(parsed)
        if kind == "pretalx-site":
            raise SourceError(str(path), "", PRETALX_HINT)
        if not kind or fmt not in ("auto", kind):
            wanted = "" if fmt == "auto" else f" (--format {fmt})"
            raise SourceError(str(path), "", f"not a format this command reads{wanted}: {KNOWN}")
        (frab_json.read if kind == "frab" else sessionize.read)(path, parsed, options, schedule)
    tick(len(schedule.talks) - before)
