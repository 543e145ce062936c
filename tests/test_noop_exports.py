"""A build that reads nothing skips the exports (issue 16), unless what they depend on changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from exporting import export_files

UNCHANGED = "export files unchanged"


def build(make_app, srcdir: Path, fresh: bool):
    app = make_app("html", srcdir=srcdir, freshenv=fresh)
    app.build()
    return app


def test_noop_build_skips_the_exports_and_keeps_them(make_app, rootdir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1445904000")
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-exports", src)
    first = build(make_app, src, fresh=True)
    assert UNCHANGED not in first.status.getvalue()
    files = export_files(first.outdir)
    assert "schedule.json" in files
    noop = build(make_app, src, fresh=False)
    assert UNCHANGED in noop.status.getvalue()
    assert export_files(noop.outdir) == files

    (Path(noop.outdir) / "schedule.json").unlink()  # a file gone: made again
    again = build(make_app, src, fresh=False)
    assert UNCHANGED not in again.status.getvalue()
    assert export_files(again.outdir) == files

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1445990400")  # another stamp: made again
    stamped = build(make_app, src, fresh=False)
    assert UNCHANGED not in stamped.status.getvalue()
    assert export_files(stamped.outdir) != files
    assert UNCHANGED in build(make_app, src, fresh=False).status.getvalue()
