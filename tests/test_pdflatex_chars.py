"""The table of what pdflatex can typeset, against TeX itself.

The tables in ``shownotes/pdflatex_chars.py`` are read again from the installed TeX's files and
must be the same; then every character they list goes through Sphinx and pdflatex, and pdflatex
must typeset each one (no box from ``shownotes.sty``), while characters outside them get a
Sphinx warning and a box each.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from helpers import warnings_of
from shownotes.pdflatex_chars import ENCODINGS, KERNEL, KERNEL_ENCODINGS, code_points, declared
from tools import latexmk, require_tool, tex_errors

#: The TeX Live whose files the tables come from.
TABLES_FROM = "2022"
#: Characters pdflatex cannot typeset with Sphinx's default set-up, one per script or kind.
OUTSIDE = "\N{GREEK SMALL LETTER ALPHA} Ж 山 한 😀 \N{LATIN SMALL LETTER LONG S} ℵ"


def tex_file(name: str) -> Path:
    found = subprocess.run(["kpsewhich", name], capture_output=True, text=True, check=False)
    if found.returncode != 0:
        pytest.skip(f"{name} is not in this TeX installation")
    return Path(found.stdout.strip())


def declarations(path: Path) -> frozenset[int]:
    found = re.findall(r"\\DeclareUnicodeCharacter\{([0-9A-F]+)\}", path.read_text("latin-1"))
    return frozenset(int(point, 16) for point in found)


def ranges(points: frozenset[int]) -> str:
    """The table syntax for ``points`` (what a regenerated table holds)."""
    out: list[list[int]] = []
    for point in sorted(points):
        if out and out[-1][1] == point - 1:
            out[-1][1] = point
        else:
            out.append([point, point])
    return " ".join(f"{a:04X}" if a == b else f"{a:04X}-{b:04X}" for a, b in out)


@pytest.fixture(scope="module")
def tex_live_year() -> str:
    require_tool("kpsewhich", "pdflatex")
    version = subprocess.run(["pdflatex", "--version"], capture_output=True, text=True).stdout
    match = re.search(r"TeX Live (\d{4})", version)
    if match is None or match.group(1) != TABLES_FROM:
        pytest.skip(f"the tables come from TeX Live {TABLES_FROM}; this TeX is {version[:60]!r}")
    return match.group(1)


def test_code_points_reads_the_table_syntax() -> None:
    assert code_points("00A0-00A2 00C5") == {0xA0, 0xA1, 0xA2, 0xC5}
    assert declared(frozenset({"T1", "NOPE"})) is None
    assert 0x5C71 not in (declared(frozenset(KERNEL_ENCODINGS)) or set())


@pytest.mark.latex
def test_the_tables_are_the_installed_declarations(tex_live_year: str) -> None:
    assert code_points(KERNEL) == declarations(tex_file("utf8.def")), ranges(
        declarations(tex_file("utf8.def"))
    )
    for encoding, table in ENCODINGS.items():
        installed = declarations(tex_file(f"{encoding.lower()}enc.dfu"))
        assert code_points(table) == installed, f"{encoding}: {ranges(installed)}"


@pytest.mark.latex
def test_pdflatex_typesets_the_table_and_boxes_the_rest(
    make_app, tmp_path: Path, tex_live_year: str
) -> None:
    points = declared(frozenset(KERNEL_ENCODINGS)) or frozenset()
    # U+FEFF and U+200C are invisible (no glyph to look for); U+2423 is the visible space.
    table = " ".join(chr(p) for p in sorted(points) if p not in (0xFEFF, 0x200C))
    srcdir = tmp_path / "chars"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text('extensions = ["shownotes"]\nproject = "chars"\n', "utf-8")
    (srcdir / "index.rst").write_text(
        f"Characters\n==========\n\n{table}\n\nOutside\n-------\n\n{OUTSIDE}\n", "utf-8"
    )
    app = make_app("latex", srcdir=srcdir, freshenv=True)
    app.build()
    found = warnings_of(app.warning.getvalue())
    assert len(found) == 1 and ":9: WARNING: pdflatex cannot typeset" in found[0], found
    outdir = Path(app.outdir)
    done = latexmk(outdir, "chars")
    log = " ".join((outdir / "chars.log").read_text("utf-8", errors="replace").split())
    assert done.returncode == 0 and tex_errors(outdir / "chars.log") == [], done.stdout[-2000:]
    boxed = set(re.findall(r"cannot typeset the character (\S+) \(U\+", log))
    assert boxed == set(OUTSIDE.split())
