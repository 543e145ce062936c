"""The extension's configuration values, declared in one place, and the configured event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from .log import warn
from .model import Event
from .validate import BadValue, check_date, check_date_range, check_id, check_timezone, check_url

#: The kinds a talk's ``:kind:`` may have unless ``shownotes_talk_kinds`` says otherwise.
DEFAULT_TALK_KINDS = ["talk", "keynote", "breakout", "workshop", "panel", "lightning", "hallway"]

#: ``shownotes_event``'s keys: each one's check and the warning subtype when it fails.
EVENT_KEYS: dict[str, tuple[Callable[[str], str] | None, str]] = {
    "id": (check_id, "bad-id"),
    "name": (None, ""),
    "start": (check_date, "bad-date"),
    "end": (check_date, "bad-date"),
    "dates": (None, ""),
    "place": (None, ""),
    "timezone": (check_timezone, "bad-timezone"),
    "url": (check_url, "bad-url"),
}


def setup_config(app: Sphinx) -> None:
    """Register ``shownotes_talk_kinds``, ``shownotes_checklist_persist``, ``shownotes_event``,
    ``shownotes_index_entries``."""
    app.add_config_value(
        "shownotes_talk_kinds", list(DEFAULT_TALK_KINDS), "env", types=frozenset({list, tuple})
    )
    app.add_config_value("shownotes_checklist_persist", True, "html", types=frozenset({bool}))
    app.add_config_value("shownotes_event", {}, "env", types=frozenset({dict}))
    # Whether objects add general-index entries (with 20,000 talks genindex is a large page).
    app.add_config_value("shownotes_index_entries", True, "env", types=frozenset({bool}))
    app.connect("config-inited", check_event_config)


def event_values(
    config: Config, report: Callable[[str, str], None] | None = None
) -> dict[str, str]:
    """``shownotes_event``'s known keys, checked; bad values are dropped (and ``report``ed)."""
    raw: dict[str, Any] = config.shownotes_event or {}
    values: dict[str, str] = {}
    for key, (check, subtype) in EVENT_KEYS.items():
        text = str(raw.get(key) or "").strip()
        try:
            values[key] = check(text) if check and text else text
        except BadValue as err:
            values[key] = ""
            if report:
                report(f"shownotes_event[{key!r}]: {err}", subtype)
    try:
        check_date_range(values["start"], values["end"])
    except BadValue as err:
        values["end"] = ""
        if report:
            report(f"shownotes_event: {err}", "bad-date")
    for key in sorted(set(raw) - set(EVENT_KEYS)):
        if report:
            known = ", ".join(EVENT_KEYS)
            report(f"shownotes_event: unknown key {key!r} (known: {known})", "unknown-option")
    return values


def configured_event(config: Config) -> Event:
    """The event of ``shownotes_event`` (its id "" when it has none); drawn on no page."""
    values: dict[str, Any] = dict(event_values(config))
    return Event(values.pop("id"), "", 0, "", **values)


def default_event(config: Config) -> Event | None:
    """The configured event if it has an id: then talks of no declared event belong to it."""
    event = configured_event(config)
    return event if event.id else None


def conf_location(confdir: str | Path | None, name: str = "shownotes_event") -> str:
    """ "/site/conf.py:42": where ``conf.py`` sets ``name`` (line 1 if unseen)."""
    path = Path(confdir or ".") / "conf.py"
    line = 1
    if path.is_file():
        for number, text in enumerate(path.read_text("utf-8").splitlines(), 1):
            if text.lstrip().startswith(name):
                line = number
                break
    return f"{path}:{line}"


def check_event_config(app: Sphinx, config: Config) -> None:
    """``config-inited``: warn about bad ``shownotes_event`` values, at ``conf.py``."""
    location = conf_location(app.confdir)
    event_values(config, lambda message, subtype: warn(message, subtype, location))
