"""The pages on disk: reading what an earlier import wrote, writing all of them or none.

Nothing is written outside DIR: every path is made of slugs, is checked to stay inside DIR, and
no folder or file on the way may be a symbolic link. New contents are first written to
temporary files next to their targets; only when all of them are written are they moved into
place (``os.replace``, atomic), so a failure leaves every page as it was.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path

from . import blocks
from .blocks import Page
from .errors import SourceError


def check_root(root: Path) -> None:
    """DIR must be a folder (it is made if missing), not a file."""
    if root.exists() and not root.is_dir():
        raise SourceError(str(root), "", "--into must be a folder, and this is a file")


def read_pages(root: Path) -> tuple[dict[str, Page], dict[str, str]]:
    """The generated pages under ``root`` (parsed) and the text of every Markdown file there."""
    pages: dict[str, Page] = {}
    texts: dict[str, str] = {}
    if not root.is_dir():
        return pages, texts
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(folder) / name
            if not name.endswith(".md") or path.is_symlink():
                continue
            rel = path.relative_to(root).as_posix()
            try:
                with path.open(encoding="utf-8", newline="") as handle:
                    text = handle.read()
            except (OSError, UnicodeDecodeError) as err:
                raise SourceError(str(path), "", f"cannot be read: {err}") from None
            texts[rel] = text
            if blocks.is_generated(text):
                pages[rel] = blocks.parse(text, rel, str(path))
    return pages, texts


def check_targets(root: Path, changes: dict[str, str | None], texts: dict[str, str]) -> None:
    """Refuse to write outside ``root``, through a symbolic link, or over the author's file."""
    base = root.resolve()
    for rel in sorted(changes):
        target = root / rel
        if ".." in Path(rel).parts or Path(rel).is_absolute():
            raise SourceError(str(target), "", "refused: the path leaves --into")
        step = root
        for part in Path(rel).parts:
            step = step / part
            if step.is_symlink():
                raise SourceError(str(step), "", "refused: a symbolic link inside --into")
        if not target.resolve().is_relative_to(base):
            raise SourceError(str(target), "", "refused: the path leaves --into")
        if rel in texts and not blocks.is_generated(texts[rel]):
            raise SourceError(str(target), "", "exists and was not written by shownotes import")
        if target.exists() and not target.is_file():
            raise SourceError(str(target), "", "exists and is not a file")


def diff(changes: dict[str, str | None], texts: dict[str, str]) -> str:
    """A unified diff of every change (``/dev/null`` for new and removed pages)."""
    out: list[str] = []
    for rel in sorted(changes):
        old, new = texts.get(rel), changes[rel]
        out += difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            "/dev/null" if old is None else f"a/{rel}",
            "/dev/null" if new is None else f"b/{rel}",
        )
    return "".join(out)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _stage(root: Path, changes: dict[str, str | None], made: list[Path]) -> list[tuple[str, Path]]:
    staged: list[tuple[str, Path]] = []
    mode = 0o666 & ~_umask()
    try:
        for rel, text in sorted(changes.items()):
            if text is None:
                continue
            target = root / rel
            for folder in reversed([target.parent, *target.parent.parents]):
                if not folder.exists():
                    folder.mkdir()
                    made.append(folder)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            staged.append((tmp, target))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.chmod(tmp, mode)
    except OSError as err:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        for folder in reversed(made):
            folder.rmdir()
        raise SourceError(
            str(err.filename or root), "", f"cannot be written: {err.strerror}"
        ) from None
    return staged


def commit(root: Path, changes: dict[str, str | None], texts: dict[str, str]) -> None:
    """Write every change or none (see the module's docstring)."""
    made: list[Path] = []
    staged = _stage(root, changes, made)
    done: list[Path] = []
    try:
        for tmp, target in staged:
            os.replace(tmp, target)
            done.append(target)
        for rel, text in sorted(changes.items()):
            if text is None:
                (root / rel).unlink(missing_ok=True)
    except OSError as err:
        for target in done:  # put back what was there
            rel = target.relative_to(root).as_posix()
            if rel in texts:
                with target.open("w", encoding="utf-8", newline="") as handle:
                    handle.write(texts[rel])
            else:
                target.unlink(missing_ok=True)
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise SourceError(
            str(err.filename or root), "", f"cannot be written: {err.strerror}"
        ) from None
