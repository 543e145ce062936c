"""Helpers of the importer's tests: run ``shownotes import``, read what it wrote."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from shownotes.cli import main

FIXTURES = Path(__file__).parent / "import_fixtures"


@dataclass
class Run:
    """One run of the command: its exit status and output."""

    code: int
    out: str
    err: str

    @property
    def error_lines(self) -> list[str]:
        """The lines of standard error that are errors."""
        return [line for line in self.err.splitlines() if line.startswith("shownotes: error:")]


def run_import(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Run:
    """``shownotes import ARGS`` in this process."""
    capsys.readouterr()
    try:
        code = main(["import", *map(str, args)])
    except SystemExit as exit_:  # argparse's usage errors
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative POSIX path: bytes)."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def digest(folder: Path) -> str:
    """One hash of every file's path and bytes under ``folder``."""
    h = hashlib.sha256()
    for name, data in snapshot(folder).items():
        h.update(name.encode() + b"\0" + data + b"\0")
    return h.hexdigest()
