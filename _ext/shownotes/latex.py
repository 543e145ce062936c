"""LaTeX (PDF) output: the ``shownotes`` LaTeX package (fonts: :mod:`shownotes.latex_setup`).

Speaker cards, talk headers and project boxes are sphinx-design cards and plain containers with
``shownotes-*`` classes; Sphinx's LaTeX writer turns every container class ``C`` into
``\\begin{sphinxuseclass}{C}``, which opens the environment ``sphinxclassC`` where one is
defined. ``texinputs/shownotes.sty`` defines those environments (framed speaker card, compact
talk header, project box), the ``\\DUrole`` styles of the named paragraphs and inlines, and the
``shownotesfields`` list the header fields' LaTeX visitor writes (:mod:`shownotes.nodes`). A
document can restyle them by redefining those environments in its ``latex_elements["preamble"]``.
Listings are rendered for LaTeX from their rows (:mod:`shownotes.render`), not rewritten here.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util.fileutil import copy_asset_file

# The font and index set-up lives in latex_setup; sites import these names from here too.
from .latex_setup import CJK_REGIONS as CJK_REGIONS
from .latex_setup import LUALATEX_FONTPKG as LUALATEX_FONTPKG
from .latex_setup import lualatex_fontpkg as lualatex_fontpkg
from .latex_setup import use_upmendex as use_upmendex

#: The LaTeX package this module ships; its file is copied next to the ``.tex`` files.
PACKAGE = "shownotes"
STY = Path(__file__).parent / "texinputs" / f"{PACKAGE}.sty"


def copy_latex_package(app: Sphinx) -> None:
    """Put ``shownotes.sty`` next to the ``.tex`` files of LaTeX builders."""
    if app.builder.format != "latex":
        return
    outdir = Path(app.builder.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    copy_asset_file(STY, outdir, force=True)


def setup_latex(app: Sphinx) -> None:
    """Register the ``shownotes`` LaTeX package and ship its file to LaTeX builders."""
    app.add_latex_package(PACKAGE)
    app.connect("builder-inited", copy_latex_package)
