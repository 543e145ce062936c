"""Read the Docs: its config file, and its build commands run on a copy of the repository.

The commands are Read the Docs' own (html, epub, then latex and latexmk for the PDF), run in a
copy of the files git would commit, as Read the Docs checks the repository out. The PDF is read
back with pdftotext: every speaker, every talk and the checklist's numbered steps with their boxes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import inventory
from tools import (
    broken_labels,
    latexmk,
    on_ci,
    pdf_contains,
    pdf_links,
    pdf_pages,
    pdftotext,
    require_tex,
    sphinx_build,
    tex_errors,
)

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / ".readthedocs.yaml"
# In CI the steering repository's schemas sit next to this repository: ../shared/schemas/.
SCHEMA = Path(__file__).resolve().parents[2] / "shared/schemas/readthedocs-config-v2.schema.json"
SLUG = "sphinx-shownotes"  # Read the Docs names the PDF after the project's slug
#: What the PDF build needs from Debian/Ubuntu (see conf.py and shownotes/latex.py).
APT_PACKAGES = {
    "latexmk",
    "texlive-luatex",
    "texlive-latex-recommended",
    "texlive-latex-extra",
    "texlive-fonts-recommended",
    "fonts-freefont-otf",
    "fonts-noto-cjk",
}
#: Not copied: environments, build output, VCS data, caches.
IGNORED = (".git", ".venv*", "_build", "_readthedocs", "build", "*.egg-info", "__pycache__")
IGNORED += (".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", "bench/_out")
CHECKLIST = "neutron-connectivity"
BOXES = "\u25a1\u2610"  # WHITE SQUARE (amssymb's \square), BALLOT BOX


def rtd_config() -> dict[str, Any]:
    """.readthedocs.yaml, parsed."""
    loaded = yaml.safe_load(CONFIG.read_text("utf-8"))
    assert isinstance(loaded, dict)
    return loaded


# -- the config file ------------------------------------------------------------------------


def test_config_is_valid_against_read_the_docs_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        reason = f"Read the Docs' schema is not at {SCHEMA} (the steering repository's schemas/)"
        if on_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.validate(rtd_config(), schema, cls=jsonschema.Draft202012Validator)


def test_config_builds_the_site_as_read_the_docs_should() -> None:
    config = rtd_config()
    assert config["version"] == 2
    assert config["build"]["os"] == "ubuntu-24.04"
    assert str(config["build"]["tools"]["python"]) == "3.13"
    assert set(config["build"]["apt_packages"]) >= APT_PACKAGES
    assert config["python"]["install"] == [
        {"method": "pip", "path": ".", "extra_requirements": ["docs"]}
    ]
    assert config["sphinx"] == {"configuration": "conf.py", "fail_on_warning": True}
    assert sorted(config["formats"]) == ["epub", "pdf"]
    assert (ROOT / config["sphinx"]["configuration"]).is_file()


def test_the_docs_extra_exists() -> None:
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["optional-dependencies"]["docs"]


# -- the build commands ---------------------------------------------------------------------


@dataclass
class RTDBuild:
    """What Read the Docs' commands gave: their results, outputs and times."""

    out: Path
    results: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def pdf(self) -> Path:
        return self.out / "latex" / f"{SLUG}.pdf"


def repository_files() -> list[str]:
    """The files git would commit (tracked, and new ones not ignored); ``[]`` without git."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return []
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode != 0:
        return []
    return [name for name in listed.stdout.split("\0") if name and (ROOT / name).is_file()]


def checkout(dest: Path) -> Path:
    """A copy of the repository as Read the Docs would check it out."""
    files = repository_files()
    if not files:
        shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(*IGNORED))
        return dest
    for name in files:
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    return dest


@pytest.fixture(scope="module")
def rtd_build(tmp_path_factory: pytest.TempPathFactory) -> RTDBuild:
    """html, epub, latex and latexmk, as Read the Docs runs them, on a fresh copy (run once)."""
    require_tex()
    base = tmp_path_factory.mktemp("rtd")
    srcdir = checkout(base / "checkout")
    build = RTDBuild(base / "out")
    for builder in ("html", "epub", "latex"):
        start = time.monotonic()
        build.results[builder] = sphinx_build(
            builder, srcdir, build.out / builder, fail_on_warning=builder != "latex"
        )
        build.seconds[builder] = time.monotonic() - start
    if build.results["latex"].returncode == 0:
        start = time.monotonic()
        build.results["latexmk"] = latexmk(build.out / "latex", SLUG)
        build.seconds["latexmk"] = time.monotonic() - start
    return build


@pytest.fixture(scope="module")
def pdf_text(rtd_build: RTDBuild) -> str:
    """The PDF's text (pdftotext)."""
    assert rtd_build.pdf.is_file(), "no PDF"
    return pdftotext(rtd_build.pdf)


@pytest.fixture(scope="module")
def objects(rtd_build: RTDBuild) -> dict[str, dict[str, tuple[str, str]]]:
    """objects.inv of the html build."""
    assert rtd_build.results["html"].returncode == 0, rtd_build.results["html"].stderr
    return inventory(rtd_build.out / "html")


@pytest.mark.latex
@pytest.mark.site
@pytest.mark.parametrize("builder", ["html", "epub", "latex"])
def test_sphinx_builds_pass(rtd_build: RTDBuild, builder: str) -> None:
    done = rtd_build.results[builder]
    assert done.returncode == 0, done.stderr[-5000:]


@pytest.mark.latex
@pytest.mark.site
def test_latexmk_writes_the_pdf_without_tex_errors(rtd_build: RTDBuild) -> None:
    done = rtd_build.results.get("latexmk")
    assert done is not None, "latex failed"
    log = rtd_build.out / "latex" / f"{SLUG}.log"
    assert tex_errors(log) == []
    assert done.returncode == 0, done.stdout[-5000:]
    assert rtd_build.pdf.is_file()
    pages = pdf_pages(rtd_build.pdf)
    assert 10 < pages < 200
    if os.environ.get("SHOWNOTES_REPORT"):  # figures for the hand-over notes
        seconds = {k: round(v, 1) for k, v in rtd_build.seconds.items()}
        print(f"\nPDF: {rtd_build.pdf}, {pages} pages, seconds: {seconds}")


@pytest.mark.latex
@pytest.mark.site
def test_every_speaker_and_talk_is_in_the_pdf(
    pdf_text: str, objects: dict[str, dict[str, tuple[str, str]]]
) -> None:
    speakers = [name for _, name in objects["shownotes:speaker"].values()]
    talks = [title for _, title in objects["shownotes:talk"].values()]
    assert speakers and talks
    missing = [text for text in (*speakers, *talks) if not pdf_contains(pdf_text, text)]
    assert missing == []


@pytest.mark.latex
@pytest.mark.site
def test_the_checklist_steps_have_boxes_in_the_pdf(
    pdf_text: str, objects: dict[str, dict[str, tuple[str, str]]]
) -> None:
    if CHECKLIST not in objects.get("shownotes:checklist", {}):
        pytest.skip(f"the site has no {CHECKLIST} checklist yet")
    steps = [
        title
        for name, (_, title) in objects.get("shownotes:check", {}).items()
        if name.startswith(f"{CHECKLIST}.")
    ]
    assert steps
    flat = " ".join(pdf_text.split())
    for title in steps:
        step = rf"[{BOXES}] ?\d+\. ?{re.escape(' '.join(title.split()))}"
        assert re.search(step, flat), f"no numbered box before the step {title!r}"


@pytest.mark.latex
@pytest.mark.site
def test_links_inside_the_pdf_work(rtd_build: RTDBuild, pdf_text: str) -> None:
    assert broken_labels(rtd_build.out / "latex" / f"{SLUG}.log") == []
    internal = [link for link in pdf_links(rtd_build.pdf) if re.search(r"#\d+$", link)]
    assert len(internal) > 100  # the contents, cross-references, cards, schedule, index
    assert "\\hyperref" not in pdf_text and "\\begin" not in pdf_text  # no raw LaTeX
