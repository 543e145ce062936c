"""The UI words' catalogues: complete, compiled, used by ``language``, and overridable by a site.

The words are extracted from the code with Babel (as ``make locale`` does) and compared with
the template and every shipped catalogue; each ``.mo`` must hold exactly its ``.po``'s
translations. Builds in Japanese, German and French show the translated labels and dates.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from helpers import schedule_rows, schedules, soup, warnings_of
from sphinx.testing.util import SphinxTestApp

PACKAGE = Path(__file__).parent.parent / "_ext" / "shownotes"
LOCALE = PACKAGE / "locale"
LANGUAGES = ("ja", "de", "fr")


def extracted() -> set[str]:
    """The UI words of the code, as Babel extracts them."""
    found = extract_from_dir(str(PACKAGE), method_map=[("**.py", "python")])
    return {msg if isinstance(msg, str) else msg[0] for _f, _l, msg, _c, _x in found}


def catalogue(path: Path, locale: str | None = None):
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def test_every_ui_word_is_a_literal_babel_can_extract() -> None:
    """``_(name)`` with a variable would be missing from every catalogue, and so would a
    ``_("...")`` inside an f-string where Babel runs on Python 3.11 (before PEP 701)."""
    calls = []
    for module in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(module.read_text("utf-8"))
        in_fstrings = {
            id(call)
            for fstring in ast.walk(tree)
            if isinstance(fstring, ast.JoinedStr)
            for call in ast.walk(fstring)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_":
                literal = node.args and isinstance(node.args[0], ast.Constant)
                if not literal or id(node) in in_fstrings:
                    calls.append(f"{module.name}:{node.lineno}")
    assert calls == []


def test_the_template_holds_every_word_of_the_code() -> None:
    words = extracted()
    assert len(words) > 40
    template = {m.id for m in catalogue(LOCALE / "shownotes.pot") if m.id}
    assert template == words, "run `make locale`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_translates_every_word(language: str) -> None:
    po = catalogue(LOCALE / language / "LC_MESSAGES" / "shownotes.po", language)
    translated = {m.id for m in po if m.id and m.string and not m.fuzzy}
    missing = extracted() - translated
    assert not missing, f"untranslated in {language}: {sorted(missing)} (run `make locale`)"
    for message in po:  # a placeholder lost in translation breaks the label at run time
        if message.id and "%" in str(message.id):
            assert str(message.string).count("%") == str(message.id).count("%"), message.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_mo_is_compiled_from_its_po(language: str) -> None:
    folder = LOCALE / language / "LC_MESSAGES"
    po = catalogue(folder / "shownotes.po", language)
    with (folder / "shownotes.mo").open("rb") as f:
        mo = read_mo(f)
    want = {m.id: m.string for m in po if m.id and m.string and not m.fuzzy}
    got = {m.id: m.string for m in mo if m.id}
    assert got == want, f"{language}: shownotes.mo is out of date (run `make locale`)"


#: (language, the talk header's "Speakers" and "When", the schedule's "Time", the day heading)
LABELS = [
    ("ja", "登壇者", "日時", "時刻", "2015年10月27日火曜日"),
    ("de", "Vortragende", "Wann", "Zeit", "Dienstag, 27. Oktober 2015"),
    ("fr", "Intervenants", "Quand", "Heure", "mardi 27 octobre 2015"),
    ("en", "Speakers", "When", "Time", "Tuesday, October 27, 2015"),
]


@pytest.mark.parametrize(("language", "speakers", "when", "time", "day"), LABELS)
def test_a_build_in_another_language_shows_its_labels(
    make_app, rootdir: Path, tmp_path: Path, language, speakers, when, time, day
) -> None:
    srcdir = tmp_path / language
    shutil.copytree(rootdir / "test-core", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True, confoverrides={"language": language})
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    header = soup(app.outdir, "talks").find(class_="shownotes-talk")
    labels = [dt.get_text(strip=True).rstrip(":") for dt in header.find_all("dt")]
    assert speakers in labels and when in labels
    listing = schedules(soup(app.outdir, "listings"))[0]
    assert listing.find("th").get_text(strip=True) == time
    assert schedule_rows(listing)[1][0] == day


@pytest.mark.sphinx("html", testroot="i18n-override", freshenv=True)
def test_a_site_catalogue_overrides_a_label(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    compiled = Path(app.srcdir) / "locales" / "en" / "LC_MESSAGES" / "shownotes.mo"
    assert compiled.is_file()  # compiled from the site's .po, as Sphinx compiles sphinx.po
    page = soup(app.outdir, "index")
    labels = [dt.get_text(strip=True).rstrip(":") for dt in page.select(".shownotes-talk dt")]
    assert "Presenters" in labels and "Speakers" not in labels
    assert "When" in labels  # the labels the site leaves alone keep the package's words
    assert schedules(page)[0].find("th").get_text(strip=True) == "Starts"


def test_gettext_catalogues_hold_every_name_and_title(make_app, rootdir, tmp_path: Path) -> None:
    """Nodes a directive builds had no source, so gettext skipped them: no talk title, speaker
    name or project name was in the .pot files (translators could not translate them)."""
    srcdir = tmp_path / "core"
    shutil.copytree(rootdir / "test-core", srcdir)
    app = make_app("gettext", srcdir=srcdir, freshenv=True)
    app.build()
    ids = {
        str(message.id): message.locations
        for pot in Path(app.outdir).glob("*.pot")
        for message in read_po(pot.open("rb"))
    }
    assert ids["Takuya Ito"] == [("../../speakers.md", 13)]  # the directive's line
    assert "DefCore and interoperability" in ids and "Unused project" in ids


def test_a_translated_name_shows_translated(make_app, rootdir, tmp_path: Path) -> None:
    """A site's catalogue of a page translates a speaker's name and position on the card."""
    srcdir = tmp_path / "core"
    shutil.copytree(rootdir / "test-core", srcdir)
    messages = srcdir / "locales" / "de" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "speakers.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Takuya Ito"\nmsgstr "Takuya Ito (übersetzt)"\n\n'
        'msgid "Sr. Manager Infrastructure Engineering, Yahoo Japan"\n'
        'msgstr "Leiter der Infrastruktur, Yahoo Japan"\n',
        "utf-8",
    )
    app = make_app(
        "html",
        srcdir=srcdir,
        freshenv=True,
        confoverrides={"language": "de", "locale_dirs": ["locales"]},
    )
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    card = soup(app.outdir, "speakers").find(string="Takuya Ito (übersetzt)")
    assert card is not None
    assert "Leiter der Infrastruktur" in card.find_parent(class_="shownotes-speaker").get_text()
