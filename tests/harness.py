"""Checks every test build's output must pass, whatever the test is about.

:func:`html_problems` reads every HTML (and XHTML) page of an output folder: ids are unique on
each page; every ``<label for>`` names an input of the page; every internal link, image, script
and style sheet resolves to a file of the output, and a link's fragment to an id of that page;
each checklist whose ticks are kept has a storage key of its own on its page, and each of its
boxes a key of its own within it (``static/checklist.js`` keys the ticks by page and checklist
id, then by the box's ``data-check``). :func:`epub_problems` runs epubcheck on an EPUB.

``conftest.py`` runs these after every ``app.build()`` of every test (see ``OutputChecks``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

#: Elements a ``<label for>`` may name (HTML's "labelable elements").
LABELABLE = frozenset({"input", "select", "textarea", "button", "meter", "output", "progress"})
#: Elements without an end tag.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
#: (element, attribute) pairs that point at another file of the output.
LINKING = {("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("script", "src")}
EXTERNAL = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|//)")
PAGE_SUFFIXES = (".html", ".xhtml")
#: The ``<link>`` elements of the theme that point at pages singlehtml does not write.
SINGLE_UNWRITTEN = frozenset({"link rel=index", "link rel=search"})


@dataclass
class Checklist:
    """A checklist of a page: its storage id, whether it keeps ticks, its boxes' keys."""

    id: str
    persist: bool
    keys: list[str] = field(default_factory=list)


@dataclass
class Page:
    """What the checks need of one page."""

    ids: Counter[str] = field(default_factory=Counter)
    section_ids: Counter[str] = field(default_factory=Counter)  # ids of <section> elements
    wrapper_ids: Counter[str] = field(default_factory=Counter)  # ids of furo's table wrappers
    anchors: set[str] = field(default_factory=set)  # ids, and names of <a name>
    labelable: set[str] = field(default_factory=set)
    label_for: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (tag, url)
    checklists: list[Checklist] = field(default_factory=list)


class _Reader(HTMLParser):
    """Collects a :class:`Page` in one pass (no tree is built)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stack: list[tuple[str, Checklist | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        page = self.page
        if values.get("id"):
            page.ids[values["id"]] += 1
            page.section_ids[values["id"]] += tag == "section"
            classes = set(values.get("class", "").split())
            page.wrapper_ids[values["id"]] += bool(classes & {"table-wrapper", "math-wrapper"})
            page.anchors.add(values["id"])
        if tag == "a" and values.get("name"):
            page.anchors.add(values["name"])
        if tag in LABELABLE and values.get("id"):
            page.labelable.add(values["id"])
        if tag == "label" and "for" in values:
            page.label_for.append(values["for"])
        for element, attribute in LINKING:
            if tag == element and values.get(attribute):
                page.links.append(
                    (f"{tag} rel={values['rel']}" if "rel" in values else tag, values[attribute])
                )
        checklist = None
        if "data-checklist" in values:
            key = values.get("data-storage-key") or values["data-checklist"]  # checklist.js's
            checklist = Checklist(key, values.get("data-persist") == "true")
            page.checklists.append(checklist)
        if tag == "input" and "data-check" in values:
            owner = next((c for _tag, c in reversed(self.stack) if c is not None), None)
            if owner is not None:
                owner.keys.append(values["data-check"])
        if tag not in VOID:
            self.stack.append((tag, checklist))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return


_cache: dict[tuple[str, int, int], Page] = {}


def read_page(path: Path) -> Page:
    """The page at ``path``, parsed once per version of the file."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _cache:
        reader = _Reader()
        reader.feed(path.read_text("utf-8", errors="replace"))
        reader.close()
        _cache[key] = reader.page
    return _cache[key]


def _target(outdir: Path, page: Path, url: str) -> tuple[Path, str] | None:
    """The file and fragment an internal ``url`` of ``page`` points at (None: external)."""
    if not url or EXTERNAL.match(url):
        return None
    path, _, fragment = url.partition("#")
    path = unquote(path.partition("?")[0])
    target = (page.parent / path).resolve() if path else page
    if path and (path.endswith("/") or target.is_dir()):
        target = target / "index.html"
    return target, unquote(fragment)


def html_problems(
    outdir: Path,
    builder: str = "html",
    root_doc: str = "index",
    *,
    theme_limits: bool = True,
    left_over: Collection[Path] = (),
) -> list[str]:
    """Everything wrong with the HTML pages of ``outdir`` (empty when all is well).

    Sphinx's own limits of ``singlehtml`` are not counted: section ids that repeat across
    documents (each document numbers its ids alone), links to ``genindex`` and ``search`` (not
    written), and its links ``#document-x#anchor`` (Sphinx 9 no longer rewrites them to
    ``#anchor``; its own ``{ref}`` links have them too), which are read as ``#anchor``.
    ``left_over`` pages (of documents an incremental build no longer has, which Sphinx leaves
    in place) are not checked.
    """
    outdir = Path(outdir).resolve()
    pages = sorted(p for p in outdir.rglob("*") if p.suffix in PAGE_SUFFIXES and p.is_file())
    skipped = {Path(page).resolve() for page in left_over}
    pages = [page for page in pages if page not in skipped]
    single = builder == "singlehtml"
    problems: list[str] = []
    for path in pages:
        page = read_page(path)
        name = str(path.relative_to(outdir))
        problems += [
            f"{name}: id {i!r} is used {n} times"
            for i, n in page.ids.items()
            if n > 1
            and not (single and page.section_ids[i] == n)
            and not (theme_limits and n == 2 and page.wrapper_ids[i] == 1)
        ]
        problems += [
            f"{name}: <label for={f!r}> names no input of the page"
            for f in page.label_for
            if f not in page.labelable
        ]
        problems += _link_problems(outdir, path, name, page, single, root_doc)
        problems += _checklist_problems(name, page)
    return problems


def _link_problems(
    outdir: Path, path: Path, name: str, page: Page, single: bool, root_doc: str
) -> list[str]:
    problems = []
    for tag, url in page.links:
        if single and (tag in SINGLE_UNWRITTEN or url == f"#document-{root_doc}"):
            continue
        found = _target(outdir, path, url)
        if found is None:
            continue
        target, fragment = found
        if single and fragment.startswith("document-") and "#" in fragment:
            fragment = fragment.partition("#")[2]
        if not target.is_file():
            problems.append(f"{name}: <{tag}> {url!r}: no such file")
        elif (
            fragment
            and target.suffix in PAGE_SUFFIXES
            and fragment not in read_page(target).anchors
        ):
            problems.append(f"{name}: <{tag}> {url!r}: no id {fragment!r} on that page")
    return problems


def _checklist_problems(name: str, page: Page) -> list[str]:
    problems = []
    stored = Counter(c.id for c in page.checklists if c.persist and c.id)
    problems += [
        f"{name}: {n} checklists keep their ticks under the same key {key!r}"
        for key, n in stored.items()
        if n > 1
    ]
    for checklist in page.checklists:
        problems += [
            f"{name}: checklist {checklist.id!r}: {n} boxes share the key {key!r}"
            for key, n in Counter(checklist.keys).items()
            if n > 1
        ]
    return problems


# -- EPUB -------------------------------------------------------------------------------------


def epubcheck_command() -> list[str] | None:
    """How to run Debian's epubcheck: its jar through ``java -jar`` (Debian's ``epubcheck`` is
    the jar itself, run through binfmt_misc, which containers often lack); None if missing."""
    found = shutil.which("epubcheck")
    java = shutil.which("java")
    if found is None or java is None:
        return None
    real = os.path.realpath(found)
    # (a quick-starting JVM: epubcheck runs for seconds, not long enough for the optimising JIT)
    fast = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
    return [java, *fast, "-jar", real] if real.endswith(".jar") else [found]


def epub_problems(epub: Path) -> list[str]:
    """epubcheck's errors about ``epub`` (empty when it passes)."""
    command = epubcheck_command()
    assert command is not None, "epubcheck is not installed"
    done = subprocess.run(
        [*command, str(epub)], capture_output=True, text=True, check=False, timeout=300
    )
    if done.returncode == 0:
        return []
    lines = (done.stdout + done.stderr).splitlines()
    return [line for line in lines if line.startswith(("ERROR", "FATAL"))] or lines[-5:]
