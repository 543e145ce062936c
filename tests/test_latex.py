"""The PDF side: LaTeX markup of the shownotes nodes, and names in any script through LuaLaTeX.

The ``test-unicode`` root has speakers named in Japanese, Chinese and Korean and one named with
every LaTeX special character. Its LaTeX is checked without TeX; then (``latex`` mark) it goes
through Read the Docs' latex + latexmk commands and pdftotext must give every name back verbatim.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import warnings_of
from tools import (
    broken_labels,
    latexmk,
    pdf_contains,
    pdf_links,
    pdftotext,
    require_tex,
    sphinx_build,
    tex_errors,
)

SPEAKERS = {
    "yamada-taro": "山田太郎",
    "wang-xiaoming": "王小明",
    "kim-minjun": "김민준",
    "special-characters": "$some_l2_tech & 100% #1 {x} ~y^ \\z",
}
TALKS = ("日本語、中文와 한국어", "$5 & 100% of #1 {braces} ~tilde^ \\backslash_under")
OTHER_TEXT = ("50% of $ & #tags", "#2 & $3", "会議室 A", "Kubernetes (クバネティス)")
URL = "https://example.org/a_b?q=1&r=100%25#frag"
JOBNAME = "unicode"


@pytest.fixture(scope="module")
def unicode_latex(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test-unicode root built by Sphinx's latex builder (warnings fail it); its outdir."""
    srcdir = tmp_path_factory.mktemp("unicode") / "src"
    shutil.copytree(rootdir / "test-unicode", srcdir)
    outdir = srcdir.parent / "latex"
    done = sphinx_build("latex", srcdir, outdir)
    assert done.returncode == 0, done.stderr
    return outdir


@pytest.fixture(scope="module")
def unicode_tex(unicode_latex: Path) -> str:
    """The .tex file Sphinx wrote."""
    return (unicode_latex / f"{JOBNAME}.tex").read_text("utf-8")


@pytest.fixture(scope="module")
def unicode_pdf(unicode_latex: Path) -> Path:
    """The PDF latexmk makes of it, exactly as Read the Docs runs latexmk."""
    require_tex()
    done = latexmk(unicode_latex, JOBNAME)
    pdf = unicode_latex / f"{JOBNAME}.pdf"
    errors = tex_errors(unicode_latex / f"{JOBNAME}.log")
    assert done.returncode == 0 and not errors, (errors, done.stdout[-3000:])
    assert pdf.is_file()
    return pdf


# -- the LaTeX source (no TeX needed) ------------------------------------------------------


def test_the_package_is_shipped_and_loaded(unicode_latex: Path, unicode_tex: str) -> None:
    assert (unicode_latex / "shownotes.sty").is_file()
    assert "\\usepackage{shownotes}" in unicode_tex
    assert "\\usepackage{fontspec}" in unicode_tex
    assert '{"serif", "NotoSerifCJKjp-Regular:mode=node;"}' in unicode_tex
    assert "luaotfload.add_fallback" in unicode_tex


def test_speaker_cards_are_framed_and_anchored(unicode_tex: str) -> None:
    assert unicode_tex.count("\\begin{sphinxuseclass}{shownotes-speaker}") == len(SPEAKERS)
    for speaker in SPEAKERS:
        # links to a speaker land on the card: containers get no \label from Sphinx itself
        assert f"\\label{{\\detokenize{{index:speaker-{speaker}}}}}" in unicode_tex
    assert unicode_tex.count("\\DUrole{shownotes-speaker-name}") == len(SPEAKERS)


def test_talk_header_is_a_compact_field_block(unicode_tex: str) -> None:
    assert unicode_tex.count("\\begin{shownotesfields}{\\shownotesmeasure{Talk}") == 2
    assert "\\shownotesmeasure{Speakers}" in unicode_tex
    assert "\\item[{Room}]" in unicode_tex
    assert "\\sphinxlineitem{Speakers}" not in unicode_tex  # not Sphinx's field list markup


def test_schedule_is_a_longtable_of_wrapping_columns(unicode_tex: str) -> None:
    table = unicode_tex[unicode_tex.index("\\begin{longtable}") :]
    header = table.splitlines()[0]
    assert header.count("\\raggedright") == 5  # time, talk, speakers, kind, room (a day each)


def test_gallery_is_a_list_not_a_grid(unicode_tex: str) -> None:
    assert "sd-row" not in unicode_tex
    assert "sd-card" in unicode_tex  # the cards keep their sphinx-design classes


def test_special_characters_are_escaped(unicode_tex: str) -> None:
    assert r"\$some\_l2\_tech \& 100\% \#1" in unicode_tex
    assert r"\textasciitilde{}y\textasciicircum{} \textbackslash{}z" in unicode_tex
    assert "some_l2" not in unicode_tex


def test_the_index_is_sorted_by_upmendex(unicode_latex: Path) -> None:
    rc = (unicode_latex / "latexmkrc").read_text("utf-8")
    assert "$makeindex = 'internal shownotes_upmendex" in rc
    assert 'system("upmendex", "-s", "python.ist"' in rc


def test_html_is_untouched_by_the_latex_layout(make_app, rootdir: Path, tmp_path: Path) -> None:
    srcdir = tmp_path / "unicode"
    shutil.copytree(rootdir / "test-unicode", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    page = BeautifulSoup((Path(app.outdir) / "index.html").read_text("utf-8"), "html.parser")
    table = page.select_one("table.shownotes-schedule-day")
    assert table is not None and "longtable" not in table["class"]
    assert page.select(".sd-row") and page.select("dl.field-list")


def test_text_keeps_every_name(make_app, rootdir: Path, tmp_path: Path) -> None:
    srcdir = tmp_path / "unicode"
    shutil.copytree(rootdir / "test-unicode", srcdir)
    app = make_app("text", srcdir=srcdir, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    output = (Path(app.outdir) / "index.txt").read_text("utf-8")
    for needle in (*SPEAKERS.values(), *TALKS, *OTHER_TEXT):
        assert needle in output, needle


# -- the PDF (TeX) -------------------------------------------------------------------------


@pytest.mark.latex
def test_names_in_any_script_survive_in_the_pdf(unicode_pdf: Path) -> None:
    text = pdftotext(unicode_pdf)
    for needle in (*SPEAKERS.values(), *TALKS, *OTHER_TEXT):
        assert pdf_contains(text, needle), needle


@pytest.mark.latex
def test_cjk_names_head_their_index_groups(unicode_pdf: Path) -> None:
    text = pdftotext(unicode_pdf)
    index = text[text.rindex("INDEX") :]
    for name in SPEAKERS.values():
        assert pdf_contains(index, name), name


@pytest.mark.latex
def test_links_inside_and_out_of_the_pdf_work(unicode_pdf: Path) -> None:
    assert broken_labels(unicode_pdf.with_suffix(".log")) == []
    links = [html.unescape(link) for link in pdf_links(unicode_pdf)]
    internal = [link for link in links if re.search(r"#\d+$", link) and "://" not in link]
    # every speaker name in the talk headers, the gallery and the schedule links to its card
    assert len(internal) >= 3 * len(SPEAKERS)
    assert URL in links
