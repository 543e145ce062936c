"""PDF set-up that works out of the box: fonts for any script and an index that sorts any name.

With ``latex_engine = "lualatex"`` and nothing else, Sphinx's PDF of a site with a Japanese speaker
fails twice: its fonts (GNU FreeFont) have no CJK glyphs, and it picks xindy for the index, which
few TeX installations have. At ``config-inited`` this module fills in what the site left unset:

- ``latex_elements["fontpkg"]``: FreeFont with a fallback to Noto CJK (:data:`LUALATEX_FONTPKG`);
- ``latex_use_xindy = False``, and latexmk then sorts the index with upmendex (in every TeX Live)
  instead of makeindex, which breaks on entries that start with a non-ASCII letter.

Whatever the site sets itself (its own ``fontpkg``, ``latex_use_xindy`` either way) is kept. With
another engine (``pdflatex``, Sphinx's default for English) nothing changes but the index sorter:
:mod:`shownotes.pdflatex` warns about text that engine cannot typeset instead.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

#: Noto CJK regions of the fallback chain. Each Noto CJK collection font holds every CJK
#: ideograph, kana and Hangul syllable, so the first region covers all three languages (in its
#: region's glyph forms). Every font of a chain is loaded for every size and shape the document
#: uses (seconds per LuaLaTeX run), so the default chain is one font long.
CJK_REGIONS = ("jp",)

#: The engine whose fonts this module supplies.
ENGINE = "lualatex"


#: The fallback chains: name, Noto CJK family and weight.
CHAINS = (
    ("serif", "Serif", "Regular"),
    ("serifbold", "Serif", "Bold"),
    ("sans", "Sans", "Regular"),
    ("sansbold", "Sans", "Bold"),
    ("mono", "SansMono", "Regular"),
    ("monobold", "SansMono", "Bold"),
)


def _fallback_chains(regions: tuple[str, ...]) -> str:
    """TeX that declares each chain with the Noto CJK fonts of ``regions`` that are installed.

    A missing fallback font would stop LuaLaTeX ("Font ... not loadable"), so each font is
    looked up first (fontspec's ``\\IfFontExistsTF``); without any, the chains are empty, the
    PDF is still made, and LaTeX warns that CJK glyphs will be missing.
    """
    lines = [r"\directlua{shownotesfallbacks = {}}"]
    for chain, family, weight in CHAINS:
        for region in regions:
            font = f"Noto{family}CJK{region}-{weight}"
            lua = f'table.insert(shownotesfallbacks, {{"{chain}", "{font}:mode=node;"}})'
            lines.append(rf"\IfFontExistsTF{{{font}}}{{\directlua{{{lua}}}}}{{}}")
    lines.append(
        r"""\directlua{
  local chains = {}
  for _, name in ipairs({"""
        + ", ".join(f'"{chain}"' for chain, _, _ in CHAINS)
        + r"""}) do chains[name] = {} end
  for _, entry in ipairs(shownotesfallbacks) do table.insert(chains[entry[1]], entry[2]) end
  for name, fonts in pairs(chains) do luaotfload.add_fallback("shownotes" .. name, fonts) end
  if next(chains.serif) == nil then
    texio.write_nl("term and log", "Package shownotes Warning: no Noto CJK font found:"
      .. " Chinese, Japanese and Korean text will miss its glyphs (Debian: fonts-noto-cjk).")
  end
}"""
    )
    return "\n".join(lines)


def lualatex_fontpkg(regions: tuple[str, ...] = CJK_REGIONS) -> str:
    """``latex_elements["fontpkg"]`` for ``latex_engine = "lualatex"``: fonts for any script.

    Sphinx's default fonts (GNU FreeFont: Latin, Greek, Cyrillic and more) with a fallback to
    Noto CJK (Debian's ``fonts-noto-cjk``) in ``regions`` order ("jp", "sc", "tc", "kr"), so
    Japanese, Chinese and Korean text keeps its glyphs; a region whose fonts are not installed
    is left out of the chain. The fallback fonts load in luaotfload's ``node`` mode: its
    ``harf`` mode needs no font cache, but gives a glyph that two code points share (郎 U+90CE
    and U+F92C) either one in the PDF's text, so copied or searched names change. The first run
    on a machine caches the CJK fonts (about 40 s, 100 MB).
    """
    return rf"""
{_fallback_chains(regions)}
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


#: :func:`lualatex_fontpkg` with the default chain: what a LuaLaTeX site gets unless it sets
#: ``latex_elements["fontpkg"]`` itself (to add regions: ``lualatex_fontpkg(("jp", "kr"))``).
LUALATEX_FONTPKG = lualatex_fontpkg()


def site_sets(config: Config, name: str) -> bool:
    """True if ``conf.py`` or a ``-D`` override sets the config value ``name``."""
    raw = getattr(config, "_raw_config", {})
    overrides = getattr(config, "_overrides", {})
    return name in raw or name in overrides


def set_latex_defaults(app: Sphinx, config: Config) -> None:
    """Fill in the PDF set-up the site left unset (a ``config-inited`` hook).

    For LuaLaTeX: the font fallback, unless ``latex_elements`` has a ``fontpkg``. For every
    engine: no xindy (upmendex sorts the index, see :func:`use_upmendex`), unless the site sets
    ``latex_use_xindy``. Nothing is changed after this event.
    """
    if config.latex_engine == ENGINE and "fontpkg" not in config.latex_elements:
        config.latex_elements = {**config.latex_elements, "fontpkg": LUALATEX_FONTPKG}
    if not site_sets(config, "latex_use_xindy") and config.latex_use_xindy:
        config.latex_use_xindy = False


def upmendex_by_default(app: Sphinx, exception: Exception | None) -> None:
    """:func:`use_upmendex`, unless the site chose its index sorter (``latex_use_xindy``)."""
    if not site_sets(app.config, "latex_use_xindy"):
        use_upmendex(app, exception)


def use_upmendex(app: Sphinx, exception: Exception | None) -> None:
    """Make latexmk sort the index with upmendex instead of makeindex (a ``build-finished`` hook).

    Without xindy, makeindex heads an entry that starts with a non-ASCII letter (a name in
    Japanese, or "Émile") with the first byte of that letter, which is invalid UTF-8 and stops
    LaTeX. upmendex (in every TeX Live, with makeindex) reads the same style file and groups such
    entries properly. Sphinx writes ``latexmkrc``; this rewrites its ``$makeindex`` line, and
    braces the group headings of the style file ``python.ist`` (pdfLaTeX reads a heading such as
    "漢字" as several tokens). The extension does this by itself unless the site sets
    ``latex_use_xindy``; a site that sets it to ``False`` can still opt in from its ``conf.py``::

        def setup(app):
            app.connect("build-finished", shownotes.latex.use_upmendex)
    """
    if exception is not None or app.builder.name != "latex":
        return
    outdir = Path(app.builder.outdir)
    if _replace(outdir / "latexmkrc", MAKEINDEX, UPMENDEX):
        _replace(outdir / "python.ist", HEADING, BRACED_HEADING)


#: Sphinx's makeindex line in ``latexmkrc``, and the upmendex that replaces it. upmendex fails
#: on an empty ``.idx`` (a document without index entries), where makeindex writes an empty
#: ``.ind``: the Perl sub does the same (as Sphinx's own for xindy).
MAKEINDEX = "$makeindex = 'makeindex -s python.ist %O -o %D %S';\n"
UPMENDEX = """$makeindex = 'internal shownotes_upmendex %O -o %D %S';
sub shownotes_upmendex {
  my @args = @_;
  if (-z $args[-1]) {
    open(FH, ">" . $args[-2]);
    close(FH);
    return 0;
  }
  return system("upmendex", "-s", "python.ist", @args);
}
"""
#: The group heading of Sphinx's ``python.ist``, and the same with the heading in braces.
HEADING = 'heading_prefix "  \\\\bigletter "\n'
BRACED_HEADING = 'heading_prefix "  \\\\bigletter{"\nheading_suffix "}"\n'


def _replace(path: Path, old: str, new: str) -> bool:
    """Replace ``old`` by ``new`` in the file ``path``; True if the file holds ``new`` now."""
    if not path.is_file():
        return False
    text = path.read_text("utf-8")
    if old in text:
        text = text.replace(old, new)
        path.write_text(text, "utf-8")
    return new in text


def setup_latex_defaults(app: Sphinx) -> None:
    """Register the ``config-inited`` defaults and the index sorter."""
    app.connect("config-inited", set_latex_defaults)
    app.connect("build-finished", upmendex_by_default)
