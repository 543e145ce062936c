"""``shownotes new DIR [--name NAME]``: a new notes site that builds at once.

It writes ``conf.py``, ``index.md``, an example event page (one speaker, one talk, a schedule),
``.readthedocs.yaml``, ``requirements.txt`` with exact versions, a README and a ``.gitignore``,
from the templates in ``templates/new/``. It never overwrites a file: if any of them exists,
nothing is written. The name is the user's text, so it is quoted for each file it goes into:
a Python string literal (JSON's string syntax is Python's too), Markdown text with its
punctuation escaped, a YAML quoted scalar.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from sphinx.util.osutil import make_filename_from_project

from . import __version__
from .cli import CommandError

#: Template file (in ``templates/new/``) -> the file it becomes in the new site.
FILES = {
    "conf.py.tmpl": "conf.py",
    "index.md.tmpl": "index.md",
    "event.md.tmpl": "event.md",
    "readthedocs.yaml.tmpl": ".readthedocs.yaml",
    "requirements.txt.tmpl": "requirements.txt",
    "README.md.tmpl": "README.md",
    "gitignore.tmpl": ".gitignore",
}

#: Unicode categories a name may not hold: control characters, surrogates, line breaks.
FORBIDDEN = frozenset({"Cc", "Cs", "Zl", "Zp"})

#: ASCII punctuation, which CommonMark (and so MyST) lets a backslash escape.
MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def checked_name(name: str) -> str:
    """The event's name, stripped; a :class:`CommandError` if it is empty or not one line."""
    name = name.strip()
    if not name:
        raise CommandError("--name: the name is empty")
    for char in name:
        if unicodedata.category(char) in FORBIDDEN:
            raise CommandError(
                f"--name: the name holds U+{ord(char):04X}, a control character or line break"
            )
    return name


def markdown_text(text: str) -> str:
    """``text`` as MyST inline text that shows exactly ``text`` (no markup, role or HTML)."""
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def yaml_quoted(text: str) -> str:
    """``text`` as a single-quoted YAML scalar (a MyST option value; `` #`` stays text)."""
    return "'" + text.replace("'", "''") + "'"


def slug(text: str, default: str = "event") -> str:
    """An id ``[a-z0-9][a-z0-9-]*`` from ``text`` (``default`` if nothing of it is ASCII)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    found = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return found or default


def substitutions(name: str) -> dict[str, str]:
    """What the templates' ``$placeholders`` become for the event ``name``."""
    return {
        "project_py": json.dumps(name, ensure_ascii=False),
        "name_md": markdown_text(name),
        "name_yaml": yaml_quoted(name),
        "event_id": slug(name),
        "version": __version__,
        "pdf_name": make_filename_from_project(name) + ".pdf",
    }


@dataclass
class NewSite:
    """A new site: its folder and the text of each file, not yet written."""

    folder: Path
    files: dict[Path, str]

    @classmethod
    def render(cls, folder: Path, name: str) -> NewSite:
        """Fill every template in for ``name``."""
        templates = resources.files("shownotes").joinpath("templates", "new")
        values = substitutions(name)
        files = {
            folder / target: Template(templates.joinpath(source).read_text("utf-8")).substitute(
                values
            )
            for source, target in FILES.items()
        }
        return cls(folder, files)

    def refuse_to_overwrite(self) -> None:
        """A :class:`CommandError` if the folder is a file or any file exists already."""
        if self.folder.exists() and not self.folder.is_dir():
            raise CommandError(f"{self.folder}: exists and is not a folder")
        existing = [path for path in self.files if os.path.lexists(path)]
        if existing:
            more = f" (and {len(existing) - 1} more of its files)" if len(existing) > 1 else ""
            raise CommandError(
                f"{existing[0]}: already exists{more}; shownotes new never overwrites a file"
            )

    def write(self) -> None:
        """Write every file, or none: what was written is removed again if one fails."""
        created = [p for p in (self.folder, *self.folder.parents) if not p.exists()]
        written: list[Path] = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for path, text in self.files.items():
                with path.open("x", encoding="utf-8", newline="\n") as stream:
                    written.append(path)
                    stream.write(text)
        except OSError as err:
            for path in written:
                path.unlink(missing_ok=True)
            for folder in created:  # innermost first
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()
            raise CommandError(f"{err.filename or self.folder}: {err.strerror}") from err


def run(args: argparse.Namespace) -> int:
    """Write the new site; print its files and the next commands."""
    folder = Path(args.dir)
    name = checked_name(args.name if args.name is not None else folder.resolve().name)
    site = NewSite.render(folder, name)
    site.refuse_to_overwrite()
    site.write()
    print(f"New notes site in {folder}:")
    for path in site.files:
        print(f"  {path}")
    print("Next:")
    print(f"  cd {shlex.quote(str(folder))}")
    print("  python -m pip install -r requirements.txt")
    print("  sphinx-build -M html . _build      # then open _build/html/index.html")
    print("  sphinx-autobuild . _build/html     # live preview at http://127.0.0.1:8000")
    return 0


def register(subparsers: Any) -> None:
    """Add the ``new`` sub-command."""
    parser = subparsers.add_parser(
        "new",
        help="start a new notes site",
        description="Write a new notes site that builds at once; never overwrite a file.",
    )
    parser.add_argument("dir", metavar="DIR", help="the folder of the new site")
    parser.add_argument(
        "--name",
        help="the event's name (default: the folder's name), e.g. 'Example Con 2026'",
    )
    parser.set_defaults(run=run)
