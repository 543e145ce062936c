"""pdfLaTeX and text in any script: one warning per place, naming the setting that fixes it.

pdfLaTeX (Sphinx's default engine for English) has glyphs for Latin and little else: a speaker's
name in Japanese stops its run with a TeX error. When the LaTeX builder runs with pdfLaTeX, this
module reads the documents that go into the PDF and gives one ``pdflatex-unsupported`` warning
at each file and line whose text holds characters pdfLaTeX cannot typeset, saying that
``latex_engine = "lualatex"`` fixes it. ``static/shownotes.sty`` then draws each such character
as a small box with its code point, so the PDF is still made.

The documents are read as Sphinx stored them, before listings and links are filled in, so a name
is reported once, where it is declared, and not again in every listing that shows it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.texescape import escape

from .indexing import object_index, shown
from .pdflatex_chars import KERNEL_ENCODINGS, declared
from .warnings import warn

ENGINE = "pdflatex"
#: The fix the warnings name.
FIX = 'set latex_engine = "lualatex" in conf.py'
#: What pdflatex does with such characters, thanks to ``shownotes.sty``.
BOXES = "the PDF shows a box for each character"
#: Characters of context shown around the first one pdfLaTeX cannot typeset.
CONTEXT = 24

#: Nodes whose text is not typeset as it stands (the author's own LaTeX, comments).
SKIPPED = (nodes.comment, nodes.raw, nodes.substitution_definition, nodes.system_message)


#: ``\usepackage[T1]{fontenc}``, Sphinx's default, and any other list of encodings.
FONTENC = re.compile(r"\s*\\usepackage(?:\[([A-Za-z0-9, ]*)\])?\{fontenc\}\s*")
INPUTENC = r"\usepackage[utf8]{inputenc}"


def font_encodings(context: dict[str, Any], cyrillic: bool) -> frozenset[str] | None:
    """The font encodings of the LaTeX builder's ``context``; None where it is not standard.

    ``cyrillic``: the document's language is written in Cyrillic (babel then loads T2A).
    """
    if context.get("inputenc", "").strip() != INPUTENC:
        return None
    match = FONTENC.fullmatch(context.get("fontenc", ""))
    if match is None:
        return None
    options = {name.strip() for name in (match.group(1) or "OT1").split(",") if name.strip()}
    if cyrillic:
        options.add("T2A")
    return frozenset(options).union(KERNEL_ENCODINGS)


def sphinx_declared(context: dict[str, Any]) -> set[int]:
    """The characters Sphinx's own preamble declares (``\\sphinxDUC{00A0}{...}``)."""
    declared_here = re.findall(r"\\sphinxDUC\{([0-9A-F]+)\}", context.get("utf8extra", ""))
    return {int(point, 16) for point in declared_here}


def charset(context: dict[str, Any], cyrillic: bool = False) -> frozenset[int] | None:
    """The non-ASCII code points pdfLaTeX typesets with ``context``; None if unknown."""
    encodings = font_encodings(context, cyrillic)
    points = declared(encodings) if encodings is not None else None
    if points is None:
        return None
    return points | sphinx_declared(context)


def typesettable(char: str, points: frozenset[int]) -> bool:
    """True if pdfLaTeX typesets ``char``: ASCII, declared, or escaped by Sphinx into ASCII."""
    if char.isascii() or ord(char) in points:
        return True
    escaped = escape(char, ENGINE)
    return escaped != char and escaped.isascii()


def excerpt(text: str, points: frozenset[int]) -> str | None:
    """A short excerpt of ``text`` around its first character pdfLaTeX cannot typeset."""
    if text.isascii():
        return None
    bad = next((i for i, char in enumerate(text) if not typesettable(char, points)), None)
    if bad is None:
        return None
    start = max(0, bad - CONTEXT // 2)
    end = min(len(text), start + CONTEXT)
    shown = " ".join(text[start:end].split())
    return ("…" if start else "") + shown + ("…" if end < len(text) else "")


def latex_docnames(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The documents of the PDFs (``latex_documents`` and the toctrees below them), sorted."""
    todo = [entry[0] for entry in app.config.latex_documents]
    todo += list(app.config.latex_appendices)
    seen: set[str] = set()
    while todo:
        docname = todo.pop()
        if docname in seen or docname not in env.found_docs:
            continue
        seen.add(docname)
        todo.extend(env.toctree_includes.get(docname, ()))
    return sorted(seen)


def _located(node: nodes.Node) -> tuple[str | None, int | None]:
    """The source and line of ``node`` or the nearest element above it that has them."""
    current: nodes.Node | None = node
    while current is not None:
        line = getattr(current, "line", None)
        if line:
            return getattr(current, "source", None), line
        current = current.parent
    return None, None


def texts(doctree: nodes.document, app: Sphinx) -> Iterator[tuple[nodes.Node, str, bool]]:
    """Every text of ``doctree`` that the PDF shows: its node, text and whether it is an
    index entry (these come after the document's text)."""
    entries: list[tuple[nodes.Node, str, bool]] = []
    for node in doctree.findall():
        if isinstance(node, SKIPPED) or _hidden(node, app) or _in_skipped(node, app):
            continue
        if isinstance(node, nodes.Text):
            yield node, str(node), False
        elif isinstance(node, addnodes.index):
            found: list[tuple[str, ...]] = node.get("entries", [])
            entries.extend((node, shown(str(entry[1])), True) for entry in found)
            if isinstance(node, object_index) and node["label"]:  # (its name is on the page)
                entries.append((node, node["label"].replace("%s", ""), True))
    yield from entries


def _hidden(node: nodes.Node, app: Sphinx) -> bool:
    """True for an ``only`` node whose expression leaves it out of this build."""
    return isinstance(node, addnodes.only) and not app.tags.eval_condition(node["expr"])


def _in_skipped(node: nodes.Node, app: Sphinx) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, SKIPPED) or _hidden(parent, app):
            return True
        parent = parent.parent
    return False


def document_problems(
    app: Sphinx, env: BuildEnvironment, docname: str, points: frozenset[int]
) -> dict[str, list[str]]:
    """``{"file:line": [excerpt, ...]}`` of the document ``docname``.

    Each excerpt is given once per place: not again inside a longer one (a card's initials and
    its name), nor as an index entry that holds the text already reported (the name again).
    """
    problems: dict[str, list[str]] = {}
    default_source = str(env.doc2path(docname))
    for node, text, is_entry in texts(env.get_doctree(docname), app):
        shown = excerpt(text, points)
        if shown is None:
            continue
        source, line = _located(node)
        where = f"{source or default_source}:{line}" if line else (source or default_source)
        found = problems.setdefault(where, [])
        if any(shown in other or (is_entry and other in shown) for other in found):
            continue
        found[:] = [other for other in found if other not in shown]
        found.append(shown)
    return problems


def config_problems(app: Sphinx, points: frozenset[int]) -> list[str]:
    """Excerpts of the title and author of ``latex_documents`` (the PDF's title page)."""
    found: list[str] = []
    for entry in app.config.latex_documents:
        for text in (str(part) for part in entry[2:4]):
            shown = excerpt(text, points)
            if shown is not None and shown not in found:
                found.append(shown)
    return found


def conf_location(conf: Path) -> str | None:
    """``conf.py:line`` of its ``latex_documents`` (else ``project``) assignment, if any."""
    try:
        tree = ast.parse(conf.read_text("utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    lines = {
        target.id: node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    line = lines.get("latex_documents") or lines.get("project")
    return f"{conf}:{line}" if line else None


def _warn(where: str | None, excerpts: Iterable[str], what: str = "") -> None:
    quoted = ", ".join(f'"{text}"' for text in excerpts)
    message = f"pdflatex cannot typeset {what}{quoted}; {FIX} ({BOXES})"
    warn(message, "pdflatex-unsupported", where)


def check_pdflatex_text(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about text pdfLaTeX cannot typeset (an ``env-check-consistency`` hook)."""
    if app.builder.name != "latex" or app.config.latex_engine != ENGINE:
        return
    babel = getattr(app.builder, "babel", None)
    cyrillic = bool(babel is not None and babel.uses_cyrillic())
    points = charset(getattr(app.builder, "context", {}), cyrillic)
    if points is None:  # the site set up its own input or font encodings: it knows them
        return
    conf = config_problems(app, points)
    if conf:
        _warn(conf_location(Path(app.confdir, "conf.py")), conf, "the title page's ")
    for docname in latex_docnames(app, env):
        for where, excerpts in document_problems(app, env, docname, points).items():
            _warn(where, excerpts)


def setup_pdflatex_check(app: Sphinx) -> None:
    """Register the check."""
    app.connect("env-check-consistency", check_pdflatex_text)
