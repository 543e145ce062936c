"""PDF: footnotes inside speaker cards, project boxes and talk headers (LaTeX boxes) survive."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import warnings_of
from tools import latexmk, pdf_contains, pdftotext, require_tex

CONF = """\
extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Footnotes"
copyright = "2015, test"
version = release = "1.0"
latex_engine = "lualatex"
latex_use_xindy = False


def setup(app):
    from shownotes.latex import use_upmendex

    app.connect("build-finished", use_upmendex)
"""

FOOTNOTES = """# Footnotes

:::{speaker} ada
:name: Ada Example
:url: https://example.org/ada
A bio with a footnote[^bio] and a [link](https://example.org/bio-link).

| a | b |
| - | - |
| 1 | 2 |

[^bio]: FOOTNOTE-IN-A-CARD.
:::

:::{project} thing
:name: A thing
A description with a footnote[^thing].

| c | d |
| - | - |
| 3 | 4 |

[^thing]: FOOTNOTE-IN-A-BOX.
:::

## A talk

:::{talk} a-talk
:title: A talk
:speakers: ada
A summary with a footnote[^talk].

| e | f |
| - | - |
| 5 | 6 |

[^talk]: FOOTNOTE-IN-A-HEADER.
:::
"""


@pytest.mark.slow
@pytest.mark.latex
def test_pdf_keeps_footnotes_of_cards_boxes_and_headers_that_hold_a_table(
    make_app, tmp_path: Path
) -> None:
    """Issue 14, defect 7: the footnotes (and, with latex_show_urls = "footnote", the URLs) of
    a box that also holds a table were lost; the marks dangled."""
    require_tex()
    conf = CONF + 'latex_show_urls = "footnote"\n'
    conf += 'latex_documents = [("index", "notes.tex", "Notes", "test", "manual")]\n'
    src = tmp_path / "footnotes"
    src.mkdir()
    (src / "conf.py").write_text(conf)
    (src / "index.md").write_text(FOOTNOTES)
    app = make_app("latex", srcdir=src, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    assert latexmk(Path(app.outdir), "notes").returncode == 0
    text = pdftotext(Path(app.outdir) / "notes.pdf")
    for needle in ("FOOTNOTE-IN-A-CARD", "FOOTNOTE-IN-A-BOX", "FOOTNOTE-IN-A-HEADER"):
        assert needle in text
    assert pdf_contains(text, "https://example.org/bio-link")
