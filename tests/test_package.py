"""The package's metadata: dependencies are what the extension imports, data files exist.

The built sdist and wheel themselves are checked in the slow ``test_first_hour.py``.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "_ext" / "shownotes"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
#: Import name -> distribution name, where they differ.
DISTRIBUTIONS = {"sphinx_design": "sphinx-design", "markdown_it": "markdown-it-py"}
#: Distributions the extension needs without importing them: zoneinfo (standard library) reads
#: its time zone data from ``tzdata`` where the system has none (Windows).
DATA_ONLY = {"tzdata"}


def imported_packages() -> set[str]:
    """The top-level packages the extension's modules import, outside the standard library."""
    found: set[str] = set()
    for module in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.partition(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.partition(".")[0])
    return {name for name in found if name not in sys.stdlib_module_names} - {"shownotes"}


def test_runtime_dependencies_are_what_the_extension_imports() -> None:
    declared = {Requirement(dep).name for dep in PROJECT["project"]["dependencies"]}
    imported = {DISTRIBUTIONS.get(name, name) for name in imported_packages()}
    assert declared == imported | DATA_ONLY
    extras = PROJECT["project"]["optional-dependencies"]
    assert any(dep.startswith("sphinxcontrib-bibtex") for dep in extras["docs"])
    assert {"build", "twine", "pytest"} <= {Requirement(dep).name for dep in extras["test"]}


def test_every_package_data_pattern_matches_a_file() -> None:
    for pattern in PROJECT["tool"]["setuptools"]["package-data"]["shownotes"]:
        assert [p for p in PACKAGE.glob(pattern) if p.is_file()], pattern


def test_the_licence_and_the_pypi_page() -> None:
    project = PROJECT["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")
    assert "Framework :: Sphinx :: Extension" in project["classifiers"]
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]  # PEP 639
    assert project["keywords"] and "urls" not in project  # no address exists yet
    page = (ROOT / project["readme"]).read_text("utf-8")
    for needle in ("pip install sphinx-shownotes", '"shownotes"', ":::{speaker}", ":::{talk}"):
        assert needle in page, needle
    assert project["readme"] != "README.md"
