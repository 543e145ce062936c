"""Reading real exports leniently: a value of the wrong shape is a note, not a failure."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from ..validate import URL_SCHEMES
from . import clean
from .errors import SourceError, json_place

Path_ = tuple[str | int, ...]


class Lenient:
    """Typed access to parsed JSON (or XML made into dicts), noting what does not fit."""

    def __init__(self, source: str, notes: list[str]) -> None:
        self.source = source
        self.notes = notes

    def note(self, path: Path_ | str, message: str) -> None:
        """A warning for stderr: the file, the place, what was wrong and what was done."""
        place = path if isinstance(path, str) else json_place(path)
        self.notes.append(f"{self.source}: {place}: {message}" if place else message)

    def fail(self, path: Path_ | str, message: str) -> SourceError:
        """The error for input that cannot be imported (raise it)."""
        return SourceError(
            self.source, path if isinstance(path, str) else json_place(path), message
        )

    def mapping(self, value: Any, path: Path_) -> dict[str, Any]:
        """``value`` if it is an object; else a note and ``{}``."""
        if isinstance(value, dict):
            return value
        if value is not None:
            self.note(path, f"expected an object, found {type(value).__name__}; ignored")
        return {}

    def items(self, value: Any, path: Path_) -> list[tuple[Path_, Any]]:
        """The elements of a list (or the values of an object), each with its path."""
        if isinstance(value, list):
            return [((*path, i), v) for i, v in enumerate(value)]
        if isinstance(value, dict):
            return [((*path, k), v) for k, v in value.items()]
        if value is not None:
            self.note(path, f"expected a list, found {type(value).__name__}; ignored")
        return []

    def text(self, obj: dict[str, Any], key: str, path: Path_, *, multiline: bool = False) -> str:
        """A string field (numbers are taken as text); anything else is a note and ""."""
        value = obj.get(key)
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            value = next(iter(value.values()))  # pretalx i18n: {"en": ..., "de": ...}
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            self.note((*path, key), f"expected text, found {type(value).__name__}; ignored")
            return ""
        return clean.multiline(value) if multiline else clean.one_line(value)

    def required(self, obj: dict[str, Any], key: str, path: Path_) -> str:
        """A string field that must be there and not be empty."""
        value = self.text(obj, key, path)
        if not value:
            raise self.fail(path, f"no {key!r}: every entry needs one")
        return value

    def url(self, value: Any, path: Path_, base: str = "", fallback: str = "left out") -> str:
        """An http(s)/mailto URL (a relative one is resolved against ``base``), or "" with a
        note (saying ``fallback``: what is done instead) for anything else."""
        text = clean.one_line(value) if isinstance(value, str) else ""
        if not text:
            return ""
        if base and text.startswith("/") and not text.startswith("//"):
            text = urljoin(base, text)  # a path on the source's own site
        if text.lower().startswith(URL_SCHEMES) and " " not in text:
            return text
        self.note(path, f"{text!r} is not an http(s) or mailto URL; {fallback}")
        return ""
