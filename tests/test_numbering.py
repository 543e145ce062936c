"""Anchors agree between HTML and PDF: every object's HTML anchor is a label of the LaTeX.

(Numbers agree too, for ``numfig``: ``tests/pending_phase2_found.py`` compiles the PDF and compares
its table numbers with the HTML's, which the schedule's captioned table puts out of step.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import inventory, warnings_of


def test_every_html_anchor_is_a_latex_label(make_app, rootdir: Path, tmp_path: Path) -> None:
    srcdir = tmp_path / "numfig"
    shutil.copytree(rootdir / "test-numfig", srcdir)
    html = make_app("html", srcdir=srcdir, freshenv=True)
    html.build()
    objects = inventory(Path(html.outdir))
    html.cleanup()
    latex = make_app("latex", srcdir=srcdir, freshenv=True)
    latex.build()
    assert warnings_of(latex.warning.getvalue()) == []
    tex = (Path(latex.outdir) / "numbers.tex").read_text("utf-8")
    anchors = {
        uri.replace(".html#", ":")
        for entries in objects.values()
        for uri, _name in entries.values()
        if "#" in uri
    }
    assert len(anchors) >= 6  # speaker, talk, project, checklist, check, tables, figure
    assert [a for a in sorted(anchors) if f"\\label{{\\detokenize{{{a}}}}}" not in tex] == []
