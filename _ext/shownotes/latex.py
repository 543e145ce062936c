"""LaTeX (PDF) output: the ``shownotes`` LaTeX package, and fonts for any script.

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

#: The LaTeX package this module ships; its file is copied next to the ``.tex`` files.
PACKAGE = "shownotes"
STY = Path(__file__).parent / "texinputs" / f"{PACKAGE}.sty"


#: Noto CJK regions of the fallback chain. Each Noto CJK collection font holds every CJK
#: ideograph, kana and Hangul syllable, so the first region covers all three languages (in its
#: region's glyph forms). Every font of a chain is loaded for every size and shape the document
#: uses (seconds per LuaLaTeX run), so the default chain is one font long.
CJK_REGIONS = ("jp",)


def _cjk_fonts(family: str, weight: str, regions: tuple[str, ...]) -> str:
    """Lua list of the Noto CJK fonts of ``family`` ("Serif", "Sans", "SansMono")."""
    return ", ".join(f'"Noto{family}CJK{region}-{weight}:mode=node;"' for region in regions)


def lualatex_fontpkg(regions: tuple[str, ...] = CJK_REGIONS) -> str:
    """``latex_elements["fontpkg"]`` for ``latex_engine = "lualatex"``: fonts for any script.

    Sphinx's default fonts (GNU FreeFont: Latin, Greek, Cyrillic and more) with a fallback to
    Noto CJK (Debian's ``fonts-noto-cjk``) in ``regions`` order ("jp", "sc", "tc", "kr"), so
    Japanese, Chinese and Korean text keeps its glyphs. The fallback fonts load in luaotfload's
    ``node`` mode: its ``harf`` mode needs no font cache, but gives a glyph that two code points
    share (郎 U+90CE and U+F92C) either one in the PDF's text, so copied or searched names
    change. The first run on a machine caches the CJK fonts (about 40 s, 100 MB).
    """
    chains = {
        "serif": ("Serif", "Regular"),
        "serifbold": ("Serif", "Bold"),
        "sans": ("Sans", "Regular"),
        "sansbold": ("Sans", "Bold"),
        "mono": ("SansMono", "Regular"),
        "monobold": ("SansMono", "Bold"),
    }
    lua = "\n".join(
        f'  luaotfload.add_fallback("shownotes{name}", {{{_cjk_fonts(*font, regions)}}})'
        for name, font in chains.items()
    )
    return rf"""
\directlua{{
{lua}
}}
\setmainfont{{FreeSerif}}[
  Extension = .otf, UprightFont = *, ItalicFont = *Italic,
  BoldFont = *Bold, BoldItalicFont = *BoldItalic,
  RawFeature = {{fallback=shownotesserif}},
  BoldFeatures = {{RawFeature = {{fallback=shownotesserifbold}}}},
  BoldItalicFeatures = {{RawFeature = {{fallback=shownotesserifbold}}}},
]
\setsansfont{{FreeSans}}[
  Extension = .otf, UprightFont = *, ItalicFont = *Oblique,
  BoldFont = *Bold, BoldItalicFont = *BoldOblique,
  RawFeature = {{fallback=shownotessans}},
  BoldFeatures = {{RawFeature = {{fallback=shownotessansbold}}}},
  BoldItalicFeatures = {{RawFeature = {{fallback=shownotessansbold}}}},
]
\setmonofont{{FreeMono}}[
  Scale = 0.9, Extension = .otf, UprightFont = *, ItalicFont = *Oblique,
  BoldFont = *Bold, BoldItalicFont = *BoldOblique,
  RawFeature = {{fallback=shownotesmono}},
  BoldFeatures = {{RawFeature = {{fallback=shownotesmonobold}}}},
  BoldItalicFeatures = {{RawFeature = {{fallback=shownotesmonobold}}}},
]
"""


#: :func:`lualatex_fontpkg` with the default chain. Usage in ``conf.py``:
#: ``latex_elements = {"fontpkg": shownotes.latex.LUALATEX_FONTPKG}``.
LUALATEX_FONTPKG = lualatex_fontpkg()


def copy_latex_package(app: Sphinx) -> None:
    """Put ``shownotes.sty`` next to the ``.tex`` files of LaTeX builders."""
    if app.builder.format != "latex":
        return
    outdir = Path(app.builder.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    copy_asset_file(STY, outdir, force=True)


def use_upmendex(app: Sphinx, exception: Exception | None) -> None:
    """Make latexmk sort the index with upmendex instead of makeindex (a ``build-finished`` hook).

    With LuaLaTeX and ``latex_use_xindy = False``, makeindex heads an entry that starts with a
    non-ASCII letter (a name in Japanese, or "Émile") with the first byte of that letter, which
    is invalid UTF-8 and stops LuaLaTeX. upmendex (in every TeX Live, with makeindex) reads the
    same style file and groups such entries properly. Sphinx writes ``latexmkrc``; this rewrites
    its ``$makeindex`` line. A site opts in from its ``conf.py``::

        def setup(app):
            app.connect("build-finished", shownotes.latex.use_upmendex)
    """
    if exception is not None or app.builder.name != "latex":
        return
    rcfile = Path(app.builder.outdir) / "latexmkrc"
    if not rcfile.is_file():
        return
    text = rcfile.read_text("utf-8")
    patched = text.replace("$makeindex = 'makeindex -s ", "$makeindex = 'upmendex -s ")
    if patched != text:
        rcfile.write_text(patched, "utf-8")


def setup_latex(app: Sphinx) -> None:
    """Register the ``shownotes`` LaTeX package and ship its file to LaTeX builders."""
    app.add_latex_package(PACKAGE)
    app.connect("builder-inited", copy_latex_package)
