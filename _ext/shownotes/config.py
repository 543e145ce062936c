"""The extension's configuration values, declared in one place."""

from __future__ import annotations

from sphinx.application import Sphinx

#: The kinds a talk's ``:kind:`` may have unless ``shownotes_talk_kinds`` says otherwise.
DEFAULT_TALK_KINDS = ["keynote", "breakout", "workshop", "panel", "lightning", "hallway"]


def setup_config(app: Sphinx) -> None:
    """Register ``shownotes_talk_kinds``, ``shownotes_checklist_persist``, ``shownotes_event``."""
    app.add_config_value(
        "shownotes_talk_kinds", list(DEFAULT_TALK_KINDS), "env", types=frozenset({list, tuple})
    )
    app.add_config_value("shownotes_checklist_persist", True, "html", types=frozenset({bool}))
    app.add_config_value("shownotes_event", {}, "env", types=frozenset({dict}))
