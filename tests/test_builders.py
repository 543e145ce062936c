"""Every builder builds the core root without warnings or unknown-node errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import warnings_of

NAMES = (
    "Egle Sigler",
    "Takuya Ito",
    "DefCore and interoperability",
    "Neutron",
    "An early breakout",
)


@pytest.mark.parametrize("builder", ["html", "dirhtml", "singlehtml", "epub", "text", "latex"])
def test_builder_builds_core_root_cleanly(make_app, rootdir: Path, tmp_path: Path, builder: str):
    srcdir = tmp_path / "core"
    shutil.copytree(rootdir / "test-core", srcdir)
    app = make_app(builder, srcdir=srcdir, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    outdir = Path(app.outdir)
    if builder == "text":
        text = "\n".join(p.read_text("utf-8") for p in outdir.glob("*.txt"))
        for name in NAMES:
            assert name in text
        assert "Principal Architect, Rackspace" in text
    elif builder == "epub":
        xhtml = "\n".join(p.read_text("utf-8") for p in outdir.glob("*.xhtml"))
        for name in NAMES:
            assert name in xhtml
    elif builder == "latex":
        tex = "\n".join(p.read_text("utf-8") for p in outdir.glob("*.tex"))
        for name in NAMES:
            assert name in tex
    else:
        html = "\n".join(p.read_text("utf-8") for p in outdir.rglob("*.html"))
        for name in NAMES:
            assert name in html
