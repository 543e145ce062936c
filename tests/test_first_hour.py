"""A new user's first hour, from the wheel: install, ``shownotes new``, HTML and PDF.

The wheel and sdist are built from a copy of the repository's files (as a release would be) and
checked with ``twine check --strict``. The wheel goes into a fresh virtual environment that has
nothing of the repository (pip fetches the dependencies from PyPI), where:

- ``python -m shownotes new`` writes a site; ``pip install -r requirements.txt`` installs its
  pins; the site (with a Japanese speaker added, as a user would) builds to HTML and, through
  Read the Docs' latexmk sequence and through its README's command, to a PDF that holds the name;
- a project with only ``extensions = ["myst_parser", "shownotes"]`` and
  ``latex_engine = "lualatex"`` does the same;
- the same project on pdflatex gets the warning at the name's file and line, and latexmk still
  makes its PDF.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import warnings_of
from shownotes.scaffold import FILES
from test_rtd import checkout
from tools import (
    TIMEOUT,
    latexmk,
    pdf_contains,
    pdftotext,
    require_tex,
    require_tool,
    sphinx_build,
    tex_errors,
)

pytestmark = [pytest.mark.slow, pytest.mark.latex]

NAME = "Example Con 2026 \u6771\u4eac"  # 東京: the event's name in two scripts
JAPANESE = "山田花子"
SPEAKER = f"""
:::{{speaker}} yamada-hanako
:name: {JAPANESE}
:org: 東京大学
:::
"""
#: The second project: nothing but the two lines the issue names.
MINIMAL_CONF = 'extensions = ["myst_parser", "shownotes"]\nlatex_engine = "lualatex"\n'
MINIMAL_PAGE = f"""# Minimal

```{{speaker}} yamada-hanako
:name: {JAPANESE}
```

```{{talk}} opening
:title: 開会の辞
:speakers: yamada-hanako
```

```{{schedule}}
```
"""
README_PDF = (
    'LATEXMKOPTS="-interaction=nonstopmode -halt-on-error" sphinx-build -M latexpdf . _build'
)


@dataclass
class Environment:
    """A fresh virtual environment with the wheel installed."""

    python: Path
    env: dict[str, str]
    home: Path

    def run(self, *args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(arg) for arg in args],
            cwd=cwd or self.home,
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            stdin=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )

    def sphinx(
        self, builder: str, srcdir: Path, nitpicky: bool = False
    ) -> subprocess.CompletedProcess[str]:
        """Read the Docs' Sphinx command (``-W --keep-going``), run by this environment."""
        outdir = srcdir / "_build" / builder
        python = str(self.python)
        return sphinx_build(builder, srcdir, outdir, nitpicky=nitpicky, python=python, env=self.env)

    def pip(self, *args: str | Path) -> None:
        done = self.run(self.python, "-m", "pip", "install", "--quiet", *args)
        assert done.returncode == 0, done.stderr[-3000:]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and wheel, built from a copy of the repository's files."""
    base = tmp_path_factory.mktemp("dist")
    source = checkout(base / "source")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(base / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return base / "dist"


@pytest.fixture(scope="module")
def venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Environment:
    """A fresh virtual environment, outside the repository, with the wheel installed."""
    require_tex()
    home = tmp_path_factory.mktemp("user")
    done = subprocess.run([sys.executable, "-m", "venv", str(home / ".venv")], check=False)
    assert done.returncode == 0
    bin_dir = home / ".venv" / "bin"
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env |= {"PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"}
    env["VIRTUAL_ENV"] = str(home / ".venv")
    environment = Environment(bin_dir / "python", env, home)
    (wheel,) = dist.glob("*.whl")
    environment.pip(wheel)
    return environment


def built_pdf(venv: Environment, srcdir: Path, jobname: str) -> str:
    """Read the Docs' latex build (``-W --keep-going -n``) and latexmk; the PDF's text."""
    done = venv.sphinx("latex", srcdir, nitpicky=True)
    assert done.returncode == 0, done.stderr[-3000:]
    made = latexmk(srcdir / "_build/latex", jobname)
    log = srcdir / "_build/latex" / f"{jobname}.log"
    assert made.returncode == 0 and tex_errors(log) == [], made.stdout[-3000:]
    return pdftotext(srcdir / "_build/latex" / f"{jobname}.pdf")


def built_html(venv: Environment, srcdir: Path) -> str:
    done = venv.sphinx("html", srcdir, nitpicky=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return "\n".join(p.read_text("utf-8") for p in (srcdir / "_build/html").glob("*.html"))


def test_twine_check_strict_passes(dist: Path) -> None:
    files = sorted(dist.iterdir())
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_wheel_and_sdist_hold_what_users_need(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read("sphinx_shownotes-0.1.0.dist-info/METADATA").decode("utf-8")
    assert "sphinx_shownotes-0.1.0.dist-info/licenses/LICENSE" in names
    assert {f"shownotes/templates/new/{name}" for name in FILES} <= names
    assert "shownotes/texinputs/shownotes.sty" in names
    assert "License-Expression: MIT" in metadata
    assert "Classifier: Framework :: Sphinx :: Extension" in metadata
    assert "## A new site in one command" in metadata  # PYPI.md, not the repository's README
    with tarfile.open(sdist) as archive:
        members = [name.partition("/")[2] for name in archive.getnames()]
    assert "LICENSE" in members and "PYPI.md" in members
    assert not [name for name in members if name.startswith("tests")]


def test_the_wheel_is_all_the_environment_has(venv: Environment) -> None:
    done = venv.run(venv.python, "-c", "import shownotes; print(shownotes.__file__)")
    assert done.returncode == 0 and str(venv.home / ".venv") in done.stdout, done.stderr
    assert "LICENSE" in venv.run(venv.python, "-m", "pip", "show", "-f", "sphinx-shownotes").stdout


def test_a_new_site_builds_to_html_and_pdf(venv: Environment) -> None:
    require_tool("make")
    done = venv.run(venv.python, "-m", "shownotes", "new", "my-notes", "--name", NAME)
    assert done.returncode == 0, done.stderr
    site = venv.home / "my-notes"
    venv.pip("-r", site / "requirements.txt")
    page = site / "event.md"
    text = page.read_text("utf-8")
    speakers = text.index("## Speakers\n") + len("## Speakers\n")
    page.write_text(text[:speakers] + SPEAKER + text[speakers:], "utf-8")

    html = built_html(venv, site)
    assert JAPANESE in html and "Ada Example" in html
    pdf = built_pdf(venv, site, "my-notes")
    for needle in (JAPANESE, "東京大学", "Ada Example", NAME):
        assert pdf_contains(pdf, needle), needle

    readme = (site / "README.md").read_text("utf-8")
    assert README_PDF in readme
    done = venv.run("sh", "-c", f"{README_PDF} >/dev/null", cwd=site)
    assert done.returncode == 0, done.stderr[-3000:]
    assert pdf_contains(pdftotext(site / "_build/latex/examplecon2026.pdf"), JAPANESE)


def minimal_project(venv: Environment, name: str, conf: str) -> Path:
    srcdir = venv.home / name
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(conf, "utf-8")
    (srcdir / "index.md").write_text(MINIMAL_PAGE, "utf-8")
    venv.pip("myst-parser==5.2.0")
    return srcdir


def test_a_project_that_sets_only_lualatex_gets_its_pdf(venv: Environment) -> None:
    srcdir = minimal_project(venv, "minimal", MINIMAL_CONF)
    assert JAPANESE in built_html(venv, srcdir)
    pdf = built_pdf(venv, srcdir, "minimal")
    assert pdf_contains(pdf, JAPANESE) and pdf_contains(pdf, "開会の辞")


def test_on_pdflatex_the_name_is_a_warning_and_the_pdf_is_made(venv: Environment) -> None:
    srcdir = minimal_project(venv, "on-pdflatex", MINIMAL_CONF.replace("lualatex", "pdflatex"))
    done = venv.sphinx("latex", srcdir)
    assert done.returncode == 1  # -W: the warning fails the build, as Read the Docs would
    warnings = warnings_of(done.stderr)  # (colours stripped: CI may set FORCE_COLOR or a TERM)
    assert warnings == [
        f"{srcdir / 'index.md'}:3: WARNING: pdflatex cannot typeset \"{JAPANESE}\"; "
        'set latex_engine = "lualatex" in conf.py (the PDF shows a box for each character) '
        "[shownotes.pdflatex-unsupported]",
        f"{srcdir / 'index.md'}:7: WARNING: pdflatex cannot typeset \"開会の辞\"; "
        'set latex_engine = "lualatex" in conf.py (the PDF shows a box for each character) '
        "[shownotes.pdflatex-unsupported]",
    ]
    made = latexmk(srcdir / "_build/latex", "on-pdflatex")
    assert made.returncode == 0, made.stdout[-3000:]
    assert tex_errors(srcdir / "_build/latex" / "on-pdflatex.log") == []
    assert pdf_contains(pdftotext(srcdir / "_build/latex" / "on-pdflatex.pdf"), "U+5C71")
