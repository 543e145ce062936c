"""Page fingerprints, kept per builder and output folder, and stored only once a build ends.

A fingerprint is the hash of everything other documents put on a page (see
:mod:`shownotes.update`). Builders that share a doctree folder (``sphinx-build -M html``, then
``-M latex``) share one environment, so the fingerprints of what each output folder holds live
beside it, in a file of the doctree folder named after the builder. They are written at
``build-finished`` and only when the build succeeded: a build stopped while writing leaves the
old ones, so the next build rewrites the pages again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sphinx.application import Sphinx

from .access import get_domain


def fingerprint_file(app: Sphinx) -> Path:
    """Where the fingerprints of ``app``'s builder are kept."""
    return Path(app.doctreedir) / f"shownotes-fingerprints-{app.builder.name}.json"


def _outdir(app: Sphinx) -> str:
    return str(Path(app.outdir).resolve())


def stored_fingerprints(app: Sphinx) -> dict[str, str]:
    """The fingerprints of the pages the last finished build of this builder wrote into this
    output folder (none if there was none, or it wrote elsewhere)."""
    try:
        stored = json.loads(fingerprint_file(app).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict) or stored.get("outdir") != _outdir(app):
        return {}
    pages = stored.get("pages")
    return pages if isinstance(pages, dict) else {}


def store_fingerprints(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: keep this build's fingerprints, if it finished writing."""
    if exception is not None or app.env is None:
        return
    pages = get_domain(app.env).derived.fingerprints
    path = fingerprint_file(app)
    text = json.dumps({"outdir": _outdir(app), "pages": pages}, sort_keys=True)
    try:
        partial = path.with_suffix(".part")
        partial.write_text(text, "utf-8")
        os.replace(partial, path)
    except OSError:
        return  # (no fingerprints: the next build rewrites the pages that have any)


def setup_fingerprints(app: Sphinx) -> None:
    """Register the ``build-finished`` handler."""
    app.connect("build-finished", store_fingerprints)
