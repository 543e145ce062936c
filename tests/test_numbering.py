"""Anchors and numbers agree between HTML and PDF: every object's HTML anchor is a label of
the LaTeX, and ``numfig``'s table numbers are the same in both (the schedule's tables are not
numbered in either)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import body, inventory, warnings_of
from tools import latexmk, pdftotext, require_tex


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


@pytest.mark.slow
@pytest.mark.latex
def test_numfig_numbers_agree_between_html_and_pdf(make_app, rootdir: Path, tmp_path: Path):
    """longtable steps LaTeX's table counter for the schedule's uncaptioned day tables: the
    second table was "Table 2" in HTML and "Table 1.3" in the PDF. (Both tables are in the
    first chapter, whose number LaTeX puts first.)"""
    require_tex()
    srcdir = tmp_path / "numfig"
    shutil.copytree(rootdir / "test-numfig", srcdir)
    html = make_app("html", srcdir=srcdir, freshenv=True)
    html.build()
    see = [p.get_text() for p in body(html.outdir, "index").find_all("p") if "See " in p.get_text()]
    html_refs = re.findall(r"Table (\d+)", see[0])
    latex = make_app("latex", srcdir=srcdir, freshenv=True)
    latex.build()
    outdir = Path(latex.outdir)
    assert latexmk(outdir, "numbers").returncode == 0
    see = next(line for line in pdftotext(outdir / "numbers.pdf").splitlines() if "See " in line)
    pdf_refs = [n.split(".")[-1] for n in re.findall(r"Table ([\d.]+)", see)]
    assert html_refs == ["1", "2"] and pdf_refs == html_refs
    # (The schedule's tables keep link targets of their own: no destination is made twice.)
    assert "duplicate destination" not in (outdir / "numbers.log").read_text("utf-8", "replace")
