"""Write the exports next to the pages after an HTML build (html, dirhtml, singlehtml).

Every file is made again from the domain's records at the end of every build, incremental ones
too, so none is ever stale; a file whose bytes did not change is left alone (its time stamp
too), and a file a previous build wrote that this one does not (a talk gone, an event gone) is
removed. The list of written files is kept in ``.shownotes-exports`` in the output folder.

A build that read no document and changed nothing the exports depend on (a no-op build) skips
them: ``shownotes-exports-key`` in the doctree folder (not in the output, which two builds of
the same sources make byte for byte the same) says what the files were made from: the domain's
derivation, the builder and output folder, the configuration values and the build stamp.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from ..access import get_domain
from .common import BUILDERS, EXPORTS, build_stamp, site_key
from .frab import conference
from .frab_json import conference_json, schedule_json, version_of
from .frab_xml import schedule_xml
from .ics import TALK_FOLDER, calendar_files
from .plan import groups
from .shownotes_json import shownotes_files
from .site import ExportSite
from .urls import Urls, photo_url

logger = logging.getLogger(__name__)

#: The list of files the last build wrote (one path a line), in the output folder.
MANIFEST = ".shownotes-exports"
#: What the files of the last build were made from (see :func:`exports_key`).
KEY_FILE = "shownotes-exports-key"


def export_site(app: Sphinx) -> ExportSite:
    """The site of this build, as the exports see it."""
    from .. import __version__

    builder, config = app.builder, app.config
    urls = Urls(builder)
    baseurl = str(config.html_baseurl or "")
    return ExportSite(
        derived=get_domain(builder.env).derived,
        key=site_key(baseurl, config.project),
        title=config.project,
        baseurl=baseurl,
        stamp=build_stamp(os.environ),
        page_url=urls.page,
        photo_url=lambda docname, photo: urls.absolute(photo_url(builder, docname, photo)),
        exports=tuple(name for name in config.shownotes_exports if name in EXPORTS),
        version=__version__,
    )


def export_files(site: ExportSite) -> dict[str, bytes]:
    """Every file the exports named in ``shownotes_exports`` make (path: bytes)."""
    found: dict[str, bytes] = {}
    planned = groups(site.derived)
    if site.wants("ics"):
        found |= calendar_files(site, planned)
    if site.wants("json") or site.wants("xml"):
        for group in planned:
            conf = conference(site, group)
            if conf is None:
                continue
            data = conference_json(site, conf)
            if site.wants("json"):
                found[f"{group.stem}.json"] = schedule_json(site, conf, data)
            if site.wants("xml"):
                path = f"{group.stem}.xml"
                found[path] = schedule_xml(site, conf, path, version_of(data))
    if site.wants("shownotes-json"):
        found |= shownotes_files(site)
    return found


def write_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` unless it holds it already (atomically); True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    partial.replace(path)
    return True


def stale_files(outdir: Path, keep: set[str]) -> set[str]:
    """Files an earlier build wrote that this one does not: those of the manifest, and any
    ``.ics`` file in the per-talk folder (which only the exports write)."""
    manifest = outdir / MANIFEST
    old = set(manifest.read_text("utf-8").split("\n")) if manifest.is_file() else set()
    folder = outdir / TALK_FOLDER
    if folder.is_dir():
        old |= {f"{TALK_FOLDER}/{p.name}" for p in folder.glob("*.ics")}
    return {path for path in old - keep if path and ".." not in Path(path).parts}


def exports_key(app: Sphinx) -> str:
    """What this build's exports are made from: the derivation of the domain's records (new
    each time a document is read or removed), the builder and the values that shape them."""
    config = app.config
    values = (
        get_domain(app.env).data.get("generation", ""),
        app.builder.name,
        str(app.outdir),
        str(config.html_baseurl or ""),
        config.project,
        config.language,
        list(config.shownotes_exports),
        config.html_file_suffix,
        config.html_link_suffix,
        build_stamp(os.environ).isoformat(),
    )
    return repr(values)


def up_to_date(outdir: Path, keyfile: Path, key: str) -> bool:
    """True if the last build's exports were made from ``key`` and are all still there."""
    try:
        if keyfile.read_text("utf-8") != key:
            return False
        listed = (outdir / MANIFEST).read_text("utf-8").split("\n")
    except OSError:
        return False
    return all((outdir / path).is_file() for path in listed if path)


def write_exports(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: write every export of an HTML build that went well, unless those of
    the last build were made from the same records and settings."""
    if exception is not None or app.builder.name not in BUILDERS:
        return
    outdir, keyfile = Path(app.outdir), Path(app.doctreedir) / KEY_FILE
    key = exports_key(app)
    generation = get_domain(app.env).data.get("generation", "")
    if generation and up_to_date(outdir, keyfile, key):
        logger.info("shownotes: export files unchanged (no document was read)")
        return
    keyfile.unlink(missing_ok=True)
    began, cpu = time.perf_counter(), time.process_time()
    files = export_files(export_site(app))
    for path in sorted(stale_files(outdir, set(files))):
        (outdir / path).unlink(missing_ok=True)
    written = sum(write_file(outdir / path, data) for path, data in sorted(files.items()))
    write_file(outdir / MANIFEST, "\n".join(sorted(files)).encode())
    write_file(keyfile, key.encode())
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    logger.info(
        "shownotes: %d export files (%d rewritten) in %.3f s (%.3f s CPU)",
        *(len(files), written, seconds, cpu),
    )
