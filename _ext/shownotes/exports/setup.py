"""``shownotes_exports`` and the hooks that write the exports after an HTML build."""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.config import Config

from ..config import conf_location
from ..log import warn
from .common import EXPORTS
from .nodes import setup_export_nodes
from .writer import write_exports


def check_exports(app: Sphinx, config: Config) -> None:
    """``config-inited``: warn (at ``conf.py``) about a name ``shownotes_exports`` does not know."""
    names = config.shownotes_exports
    if isinstance(names, str):
        names = [names]
    for name in names:
        if name and name not in EXPORTS:  # ("-D shownotes_exports=" gives [""]: none)
            warn(
                f"shownotes_exports: unknown export {name!r} (known: {', '.join(EXPORTS)}); "
                "it is ignored",
                "unknown-export",
                conf_location(app.confdir, "shownotes_exports"),
            )


def setup_exports(app: Sphinx) -> None:
    """Register ``shownotes_exports`` (default: every export), its nodes and the writer."""
    app.add_config_value("shownotes_exports", list(EXPORTS), "html", types=frozenset({list, tuple}))
    app.connect("config-inited", check_exports)
    app.connect("build-finished", write_exports)
    setup_export_nodes(app)
