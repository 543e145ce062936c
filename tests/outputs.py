"""The text of a build's output, for every builder Sphinx ships, as its reader sees it.

:func:`output_text` gives the words of an output folder on one line (whitespace squashed);
:func:`written_as` gives the form a user's text takes there (escaped for LaTeX and Texinfo,
whose sources the tests read; rendered for man pages, which groff turns into text).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from sphinx.util.texescape import escape as tex_escape
from tools import man_text

#: Every builder Sphinx ships (the HTML help builders aside) and the files each writes.
BUILDERS: dict[str, tuple[str, ...]] = {
    "html": (".html",),
    "dirhtml": (".html",),
    "singlehtml": (".html",),
    "epub": (".xhtml",),
    "latex": (".tex",),
    "text": (".txt",),
    "man": (".1",),
    "texinfo": (".texi",),
    "xml": (".xml",),
    "gettext": (".pot",),
}


def squash(text: str) -> str:
    """``text`` with each run of whitespace made one space."""
    return " ".join(text.split())


def _files(outdir: Path, builder: str) -> list[Path]:
    suffixes = BUILDERS[builder]
    return sorted(p for p in Path(outdir).rglob("*") if p.suffix in suffixes and p.is_file())


def _html_text(path: Path) -> str:
    page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
    for hidden in page.find_all(["script", "style"]):
        hidden.decompose()
    return page.get_text(" ")


def _xml_text(path: Path) -> str:
    return " ".join(ElementTree.parse(path).getroot().itertext())


def _pot_text(path: Path) -> str:
    with path.open("rb") as catalogue:
        return " ".join(str(message.id) for message in read_po(catalogue) if message.id)


def file_text(path: Path, builder: str) -> str:
    """The text of one output file (a man page rendered by groff)."""
    if builder in ("html", "dirhtml", "singlehtml", "epub"):
        return _html_text(path)
    if builder == "xml":
        return _xml_text(path)
    if builder == "gettext":
        return _pot_text(path)
    if builder == "man":
        return man_text(path)
    return path.read_text("utf-8")


def output_text(outdir: Path, builder: str) -> str:
    """The words of every file ``builder`` wrote to ``outdir``, on one line."""
    return squash(" ".join(file_text(path, builder) for path in _files(outdir, builder)))


def texinfo_escape(text: str) -> str:
    """Sphinx's Texinfo escaping of text (``TexinfoTranslator.escape``)."""
    text = text.replace("@", "@@").replace("{", "@{").replace("}", "@}")
    return text.replace("``", "`@w{`}").replace("''", "'@w{'}")


def written_as(text: str, builder: str, latex_engine: str = "pdflatex") -> str:
    """How ``text`` shows in the squashed :func:`output_text` of ``builder``."""
    text = squash(text)
    if builder == "latex":
        return tex_escape(text, latex_engine)
    if builder == "texinfo":
        return texinfo_escape(text)
    if builder == "man":
        return re.sub("[\u2212\u2010]", "-", text)
    return text
