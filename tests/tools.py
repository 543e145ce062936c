"""System tools for the PDF tests: skip without them (fail under CI), and the commands they run.

The commands are Read the Docs' own (``doc_builder/backends/sphinx.py``, quoted in the project's
``schemas/README.md``), run in the folder that holds ``conf.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: Where each tool comes from on Debian (the reason a skipped test gives).
DEBIAN_PACKAGES = {
    "latexmk": "latexmk",
    "lualatex": "texlive-luatex",
    "upmendex": "texlive-binaries",
    "pdftotext": "poppler-utils",
    "pdftohtml": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdflatex": "texlive-latex-base",
    "kpsewhich": "texlive-binaries",
    "make": "make",
    "fc-list": "fontconfig",
    "epubcheck": "epubcheck",
    "java": "default-jre-headless",
    "groff": "groff-base",
}

#: Fonts the PDF needs: Sphinx's LuaLaTeX fonts and the CJK fallback (Debian package in brackets).
FONTS = {"FreeSerif": "fonts-freefont-otf", "Noto Serif CJK JP": "fonts-noto-cjk"}

#: Seconds a LaTeX run may take before the test gives up (it never waits for input).
TIMEOUT = 900


def on_ci() -> bool:
    """True where a missing tool must fail the run rather than skip."""
    return os.environ.get("CI") == "true"


def _missing(reason: str) -> None:
    if on_ci():
        pytest.fail(f"{reason} (CI=true: .ci/run installs it)", pytrace=False)
    pytest.skip(reason)


def require_tool(*names: str) -> None:
    """Skip (fail under ``CI=true``) unless every program in ``names`` is on the PATH."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in missing})
        _missing(f"needs {', '.join(missing)} (Debian: {' '.join(packages)})")


def require_fonts() -> None:
    """Skip (fail under ``CI=true``) unless the PDF's fonts are installed."""
    require_tool("fc-list")
    listed = subprocess.run(
        ["fc-list", ":", "family"], capture_output=True, text=True, check=False
    ).stdout
    missing = [family for family in FONTS if family not in listed]
    if missing:
        packages = " ".join(FONTS[family] for family in missing)
        _missing(f"needs the fonts {', '.join(missing)} (Debian: {packages})")


def require_tex() -> None:
    """Everything a PDF test needs: LuaLaTeX, latexmk, upmendex, poppler and the fonts."""
    require_tool("latexmk", "lualatex", "upmendex", "pdftotext", "pdftohtml", "pdfinfo")
    require_fonts()


def sphinx_build(
    builder: str,
    srcdir: Path,
    outdir: Path,
    *,
    fail_on_warning: bool = True,
    nitpicky: bool = False,
    python: str = sys.executable,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Read the Docs' ``python -m sphinx`` for ``builder`` (``-W --keep-going`` for html/epub;
    ``-n`` if ``nitpicky``), run by ``python`` (another environment's, say) with ``env``."""
    command = [python, "-m", "sphinx", "-T"]
    if fail_on_warning:
        command += ["-W", "--keep-going"]
    if nitpicky:
        command += ["-n"]
    command += ["-b", builder, "-d", "_build/doctrees", "-D", "language=en", ".", str(outdir)]
    return subprocess.run(
        command,
        cwd=srcdir,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
        check=False,
        env=env,
    )


def latexmk(latex_dir: Path, jobname: str) -> subprocess.CompletedProcess[str]:
    """Read the Docs' latexmk command in ``latex_dir``; stdin is closed, so TeX cannot wait."""
    command = ["latexmk", "-r", "latexmkrc", "-pdf", "-f", "-dvi-", "-ps-"]
    command += [f"-jobname={jobname}", "-interaction=nonstopmode"]
    return subprocess.run(
        command,
        cwd=latex_dir,
        capture_output=True,
        text=True,
        errors="replace",  # pdfTeX writes some characters to the terminal as raw bytes
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
        check=False,
        env={**os.environ, "LATEXOPTS": "", "XINDYOPTS": ""},
    )


def tex_errors(log: Path) -> list[str]:
    """The ``!`` error lines of a TeX log."""
    text = log.read_text("utf-8", errors="replace")
    return [line for line in text.splitlines() if line.startswith("!")]


def broken_labels(log: Path) -> list[str]:
    """LaTeX's warnings about labels defined twice or references to no label (broken links)."""
    text = " ".join(log.read_text("utf-8", errors="replace").split())
    found = re.findall(r"LaTeX Warning: (?:Hyper r|R)eference `[^']*' on page \d+ undefined", text)
    found += re.findall(r"LaTeX Warning: Label `[^']*' multiply defined", text)
    return found


def pdftotext(pdf: Path) -> str:
    """The PDF's text in reading order (UTF-8)."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pdf_pages(pdf: Path) -> int:
    """The PDF's page count (pdfinfo)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match, info.stdout
    return int(match.group(1))


def pdf_links(pdf: Path) -> list[str]:
    """The targets of the PDF's links (pdftohtml): ``...#<page>`` inside the PDF, else the URL."""
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return re.findall(r'<a href="([^"]*)"', xml)


def _plain(text: str) -> str:
    """Typographic quotes, dashes and ellipses made plain, as the sources write them."""
    for fancy, plain in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}.items():
        text = text.replace(fancy, plain)
    return text.replace("\u2013", "--").replace("\u2014", "---").replace("\u2026", "...")


def pdf_contains(text: str, needle: str) -> bool:
    """True if ``needle`` is in the PDF's ``text``, across line ends, also where a line end
    hyphenated one of its words."""
    needle = " ".join(_plain(needle).split())
    flat = " ".join(_plain(text).split())
    joined = " ".join(_plain(re.sub(r"(\w)-\n(\w)", r"\1\2", text)).split())
    return needle in flat or needle in joined


def man_text(page: Path) -> str:
    """A man page as its reader sees it: groff's plain UTF-8 text, long lines, no hyphenation,
    with groff's typographic minus and hyphen signs made plain."""
    require_tool("groff")
    done = subprocess.run(
        ["groff", "-k", "-t", "-man", "-Tutf8", "-rLL=2000n", "-rHY=0", "-P-cbou", str(page)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.replace("\u2212", "-").replace("\u2010", "-")


#: The real exports and the pyvideo catalogue (``../shared/data`` from the worktree).
SHARED_DATA = Path(__file__).resolve().parent.parent / ".." / "shared" / "data"


def require_data(relative: str) -> Path:
    """``../shared/data/<relative>``; skip (fail under ``CI=true``) when it is not there."""
    path = SHARED_DATA / relative
    if not path.exists():
        _missing(f"needs the real data {path} (the project's ../shared/data)")
    return path
