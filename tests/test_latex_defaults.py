"""PDF out of the box: the LaTeX set-up a site gets from the extension, and pdflatex's warnings.

``test-latex-defaults`` sets only ``latex_engine = "lualatex"``: the extension supplies the font
fallback and the index set-up (upmendex), and the PDF keeps Japanese names and sets its index in
the text's type. A site's own settings win. ``test-pdflatex`` stays on pdflatex (Sphinx's
default for English): each place whose text pdflatex cannot typeset is one warning naming the
fix, and latexmk still makes the PDF without a TeX error.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import line_of, warnings_of
from shownotes.latex import LUALATEX_FONTPKG
from shownotes.latex import use_upmendex as reexported_use_upmendex
from shownotes.latex_setup import use_upmendex
from tools import latexmk, pdf_contains, pdftotext, require_tex, require_tool, tex_errors

JAPANESE = "山田花子"
LATIN = "Émile Zoë Ångström"


def copy_root(rootdir: Path, tmp_path: Path, name: str, extra_conf: str = "") -> Path:
    """A fresh copy of the test root ``name``, with ``extra_conf`` appended to its conf.py."""
    srcdir = tmp_path / name
    shutil.copytree(rootdir / name, srcdir)
    if extra_conf:
        with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
            conf.write("\n" + extra_conf + "\n")
    return srcdir


def latex_app(make_app, srcdir: Path, **kwargs):
    """The latex builder on ``srcdir``, built."""
    app = make_app("latex", srcdir=srcdir, freshenv=True, **kwargs)
    app.build()
    return app


# -- config defaults -------------------------------------------------------------------------


def test_the_names_stay_importable_from_shownotes_latex() -> None:
    assert reexported_use_upmendex is use_upmendex
    assert "NotoSerifCJKjp-Regular" in LUALATEX_FONTPKG


def test_lualatex_alone_gets_the_fonts_and_upmendex(make_app, rootdir: Path, tmp_path: Path):
    app = latex_app(make_app, copy_root(rootdir, tmp_path, "test-latex-defaults"))
    assert warnings_of(app.warning.getvalue()) == []
    assert app.config.latex_elements["fontpkg"] == LUALATEX_FONTPKG
    assert app.config.latex_use_xindy is False
    outdir = Path(app.outdir)
    tex = next(outdir.glob("*.tex")).read_text("utf-8")
    assert '{"serif", "NotoSerifCJKjp-Regular:mode=node;"}' in tex
    rc = (outdir / "latexmkrc").read_text("utf-8")
    assert 'system("upmendex", "-s", "python.ist"' in rc
    assert "xindy" not in rc
    assert 'heading_prefix "  \\\\bigletter{"' in (outdir / "python.ist").read_text("utf-8")


@pytest.mark.parametrize(
    ("extra_conf", "fontpkg", "index"),
    [
        ('latex_elements = {"fontpkg": r"\\usepackage{lmodern}"}', r"\usepackage{lmodern}", "up"),
        ('latex_elements = {"papersize": "a4paper"}', LUALATEX_FONTPKG, "up"),
        ("latex_use_xindy = True", LUALATEX_FONTPKG, "xindy"),
        ("latex_use_xindy = False", LUALATEX_FONTPKG, "makeindex"),
    ],
    ids=["own-fontpkg", "other-elements", "xindy", "makeindex"],
)
def test_what_the_site_sets_wins(
    make_app, rootdir: Path, tmp_path: Path, extra_conf: str, fontpkg: str, index: str
) -> None:
    srcdir = copy_root(rootdir, tmp_path, "test-latex-defaults", extra_conf)
    app = latex_app(make_app, srcdir)
    assert app.config.latex_elements["fontpkg"] == fontpkg
    rc = (Path(app.outdir) / "latexmkrc").read_text("utf-8")
    expected = {
        "up": "internal shownotes_upmendex",
        "xindy": "internal xindy",
        "makeindex": "$makeindex = 'makeindex -s python.ist",
    }
    assert expected[index] in rc
    assert sum(name in rc for name in expected.values()) == 1


def test_a_command_line_override_counts_as_the_sites_choice(
    make_app, rootdir: Path, tmp_path: Path
) -> None:
    srcdir = copy_root(rootdir, tmp_path, "test-latex-defaults")
    app = latex_app(make_app, srcdir, confoverrides={"latex_use_xindy": True})
    assert "internal xindy" in (Path(app.outdir) / "latexmkrc").read_text("utf-8")


def test_pdflatex_keeps_sphinx_fonts(make_app, rootdir: Path, tmp_path: Path) -> None:
    app = make_app("latex", srcdir=copy_root(rootdir, tmp_path, "test-pdflatex"), freshenv=True)
    assert "fontpkg" not in app.config.latex_elements
    assert app.config.latex_use_xindy is False


def test_the_defaults_do_not_make_the_next_build_reread(
    make_app, rootdir: Path, tmp_path: Path
) -> None:
    srcdir = copy_root(rootdir, tmp_path, "test-latex-defaults")
    latex_app(make_app, srcdir)
    again = make_app("latex", srcdir=srcdir)
    again.build()
    assert re.search(r"0 added, 0 changed, 0 removed", again.status.getvalue())


# -- pdflatex: one warning per place, naming the fix -------------------------------------------


def test_pdflatex_warns_once_at_each_place(make_app, rootdir: Path, tmp_path: Path) -> None:
    srcdir = copy_root(rootdir, tmp_path, "test-pdflatex")
    app = latex_app(make_app, srcdir)
    found = warnings_of(app.warning.getvalue())
    index = srcdir / "index.md"
    speaker = line_of(index, ":::{speaker} yamada-hanako")
    talk = line_of(index, ":::{talk} korean-talk")
    assert [w.split(": WARNING:")[0] for w in found] == [f"{index}:{speaker}", f"{index}:{talk}"]
    assert '"山田花子"' in found[0] and '"한국어 발표"' in found[1]
    for warning in found:
        assert 'set latex_engine = "lualatex" in conf.py' in warning
        assert warning.endswith("[shownotes.pdflatex-unsupported]")
    # Latin with accents, typographic quotes and dashes, ½ © € and Sphinx's ✓ → are fine
    assert not any(LATIN in w or "Café" in w or "✓" in w for w in found)


@pytest.mark.parametrize(
    ("builder", "overrides"),
    [("html", {}), ("text", {}), ("latex", {"latex_engine": "lualatex"})],
    ids=["html", "text", "lualatex"],
)
def test_the_warning_is_only_for_pdflatex_builds(
    make_app, rootdir: Path, tmp_path: Path, builder: str, overrides: dict[str, str]
) -> None:
    srcdir = copy_root(rootdir, tmp_path, "test-pdflatex")
    app = make_app(builder, srcdir=srcdir, freshenv=True, confoverrides=overrides)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []


def test_the_warning_can_be_silenced(make_app, rootdir: Path, tmp_path: Path) -> None:
    extra = 'suppress_warnings = ["shownotes.pdflatex-unsupported"]'
    app = latex_app(make_app, copy_root(rootdir, tmp_path, "test-pdflatex", extra))
    assert warnings_of(app.warning.getvalue()) == []


def test_a_title_page_pdflatex_cannot_typeset_is_reported_at_conf_py(
    make_app, rootdir: Path, tmp_path: Path
) -> None:
    srcdir = copy_root(rootdir, tmp_path, "test-pdflatex", 'project = "東京ノート"')
    found = warnings_of(latex_app(make_app, srcdir).warning.getvalue())
    line = line_of(srcdir / "conf.py", 'project = "東京ノート"')
    title = [w for w in found if "title page" in w]
    assert len(title) == 1 and title[0].startswith(f"{srcdir / 'conf.py'}:{line}: WARNING"), found
    assert '"東京ノート"' in title[0]


# -- the PDFs ------------------------------------------------------------------------------


def index_pages(text: str) -> list[int]:
    """The 1-based numbers of the pages of the general index (from the INDEX heading on)."""
    pages = text.split("\f")
    start = max(n for n, page in enumerate(pages) if "INDEX" in page.splitlines())
    return [n + 1 for n in range(start, len(pages)) if pages[n].strip()]


def fonts_on(pdf: Path, page: int) -> list[str]:
    """The names of the fonts page ``page`` of ``pdf`` uses (pdffonts)."""
    listed = subprocess.run(
        ["pdffonts", "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    return [line.split()[0].partition("+")[2] for line in listed if line.strip()]


@pytest.mark.latex
def test_lualatex_alone_makes_a_pdf_with_japanese_names_and_a_plain_index(
    make_app, rootdir: Path, tmp_path: Path
) -> None:
    require_tex()
    require_tool("pdffonts")
    app = latex_app(make_app, copy_root(rootdir, tmp_path, "test-latex-defaults"))
    outdir = Path(app.outdir)
    done = latexmk(outdir, "defaults")
    pdf = outdir / "defaults.pdf"
    assert done.returncode == 0 and tex_errors(outdir / "defaults.log") == [], done.stdout[-3000:]
    text = pdftotext(pdf)
    for needle in (JAPANESE, "東京大学", "日本のクラウド", LATIN):
        assert pdf_contains(text, needle), needle
    pages = index_pages(text)
    assert pages and JAPANESE in "".join(text.split("\f")[n - 1] for n in pages)
    for page in pages:
        fonts = fonts_on(pdf, page)
        assert "FreeSerif" in fonts and not [f for f in fonts if "Mono" in f], (page, fonts)


@pytest.mark.latex
def test_pdflatex_makes_the_pdf_with_boxes_instead_of_a_tex_error(
    make_app, rootdir: Path, tmp_path: Path
) -> None:
    require_tex()
    require_tool("pdflatex")
    app = latex_app(make_app, copy_root(rootdir, tmp_path, "test-pdflatex"))
    outdir = Path(app.outdir)
    done = latexmk(outdir, "pdflatex")
    log = outdir / "pdflatex.log"
    assert done.returncode == 0 and tex_errors(log) == [], done.stdout[-3000:]
    text = pdftotext(outdir / "pdflatex.pdf")
    assert pdf_contains(text, LATIN) and pdf_contains(text, "Café Ørsted")
    assert pdf_contains(text, "U+5C71 U+7530 U+82B1 U+5B50")  # 山田花子, one box each
    assert "pdfLaTeX cannot typeset the character 山 (U+5C71)" in " ".join(
        log.read_text("utf-8", errors="replace").split()
    )


@pytest.mark.parametrize(
    ("fontenc", "warned"),
    [(r"\usepackage[T2A,T1]{fontenc}", ["Ж"]), (r"\usepackage[LGR,T1]{fontenc}", [])],
    ids=["cyrillic-known", "greek-unknown"],
)
def test_the_sites_font_encodings_count(
    make_app, rootdir: Path, tmp_path: Path, fontenc: str, warned: list[str]
) -> None:
    """T2A covers Cyrillic (no warning for Ж); an encoding without a table turns the check off."""
    extra = f"latex_elements = {{'fontenc': {fontenc!r}}}"
    srcdir = copy_root(rootdir, tmp_path, "test-pdflatex", extra)
    with (srcdir / "index.md").open("a", encoding="utf-8") as page:
        page.write("\nЖЖ\n\nΩΩ\n")
    found = warnings_of(latex_app(make_app, srcdir).warning.getvalue())
    if warned:
        assert not [w for w in found if "Ж" in w] and [w for w in found if "Ω" in w]
    else:
        assert found == []


def test_pdflatex_warns_about_a_translated_index_label(make_app, tmp_path: Path) -> None:
    """An object's index entry is made after reading; its label (Japanese: the name, then
    "登壇者" in full-width brackets) is text of the PDF's index, checked like the page's."""
    srcdir = tmp_path / "ja"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(
        'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
        'project = "ja"\nlanguage = "ja"\nlatex_engine = "pdflatex"\n',
        "utf-8",
    )
    (srcdir / "index.md").write_text("# Plain\n\n:::{speaker} ada\n:name: Ada Example\n:::\n")
    app = make_app("latex", srcdir=srcdir, freshenv=True)
    app.build()
    found = warnings_of(app.warning.getvalue())
    label = "\uff08登壇者\uff09"  # (full-width brackets)
    assert len(found) == 1 and f'"{label}"' in found[0], found
