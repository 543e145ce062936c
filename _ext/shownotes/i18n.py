"""The UI words' translations: the ``shownotes`` message catalogue.

Every label the extension writes ("Speakers", "When", "No talks match.") goes through
``sphinx.locale.get_translation("shownotes")``. The package ships catalogues in ``locale/``
(``<lang>/LC_MESSAGES/shownotes.po`` and the compiled ``.mo``, as Sphinx keeps its own); the
site's ``language`` picks one. A site changes a label with its own catalogue of the domain
``shownotes`` in one of its ``locale_dirs`` (``locales/en/LC_MESSAGES/shownotes.po``): it is
looked up first, like a site's ``sphinx.po`` for Sphinx's own labels, and compiled when its
``.mo`` is missing or older (unless ``gettext_auto_build = False``).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging
from sphinx.util.i18n import CatalogRepository

#: The catalogue's domain (its files are ``shownotes.po`` / ``shownotes.mo``).
CATALOGUE = "shownotes"
#: The package's own catalogues.
LOCALE_DIR = Path(__file__).parent / "locale"

logger = logging.getLogger(__name__)


def site_locale_dirs(app: Sphinx, config: Config) -> list[Path]:
    """The site's ``locale_dirs`` that hold a ``shownotes`` catalogue for its language,
    compiling each ``.po`` whose ``.mo`` is missing or older."""
    if not config.language:
        return []
    repo = CatalogRepository(
        app.srcdir, config.locale_dirs, config.language, config.source_encoding
    )
    found = []
    for catalog in repo.catalogs:
        if catalog.domain != CATALOGUE:
            continue
        if config.gettext_auto_build and catalog.is_outdated():
            catalog.write_mo(config.language, config.gettext_allow_fuzzy_translations)
        # The catalogue is in <locale dir>/<language>/LC_MESSAGES/.
        found.append(Path(catalog.base_dir).parent.parent)
    return list(dict.fromkeys(found))


def add_catalogues(app: Sphinx, config: Config) -> None:
    """``config-inited``: the site's own ``shownotes`` catalogues first, then the package's."""
    for folder in [*site_locale_dirs(app, config), LOCALE_DIR]:
        app.add_message_catalog(CATALOGUE, str(folder))


def setup_i18n(app: Sphinx) -> None:
    """Register the catalogues once the configuration (``language``) is known."""
    app.connect("config-inited", add_catalogues, priority=100)
