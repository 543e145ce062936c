"""Other sites link to our objects through intersphinx; ``:no-index:`` keeps objects out."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import body, inventory, warnings_of

OTHER_SITE = """# Another site

Our keynote: {talk}`defcore-keynote`; its speaker {speaker}`egle-sigler`;
explicitly {external+tokyo:shownotes:project}`neutron`; and a typo {talk}`no-such-talk`.
"""


def test_other_sites_link_by_intersphinx(make_app, rootdir: Path, tmp_path: Path) -> None:
    shutil.copytree(rootdir / "test-core", tmp_path / "core")
    core = make_app("html", srcdir=tmp_path / "core", freshenv=True)
    core.build()
    core.cleanup()
    other = tmp_path / "other"
    other.mkdir()
    (other / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx.ext.intersphinx", "shownotes"]\n'
        'myst_enable_extensions = ["colon_fence"]\n'
        f'intersphinx_mapping = {{"tokyo": ("https://tokyo.example/", '
        f'"{Path(core.outdir) / "objects.inv"}")}}\n'
    )
    (other / "index.md").write_text(OTHER_SITE)
    app = make_app("html", srcdir=other, freshenv=True)
    app.build()
    app.cleanup()
    warnings = warnings_of(app.warning.getvalue())
    # resolved through intersphinx: no warning; the typo: exactly one, of shownotes' kind
    assert len(warnings) == 1, warnings
    assert "unknown talk id 'no-such-talk'" in warnings[0]
    assert "[shownotes.unknown-talk]" in warnings[0]
    links = {a.get_text(): a["href"] for a in body(app.outdir, "index").find_all("a")}
    assert links["DefCore and interoperability"] == (
        "https://tokyo.example/talks.html#talk-defcore-keynote"
    )
    assert links["Egle Sigler"] == "https://tokyo.example/speakers.html#speaker-egle-sigler"
    assert links["Neutron"] == "https://tokyo.example/projects.html#project-neutron"


NO_INDEX = """# No index

:::{speaker} shown-only
:name: Shown Only
:no-index:
:::

:::{speaker} indexed
:name: Indexed Person
:::

:::{speaker-gallery}
:::
"""


def test_no_index_renders_but_stays_out_of_indexes(make_app, tmp_path: Path) -> None:
    src = tmp_path / "noindex"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
    )
    (src / "index.md").write_text(NO_INDEX)
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    app.cleanup()
    assert warnings_of(app.warning.getvalue()) == []
    page = body(app.outdir, "index")
    assert "Shown Only" in page.find(class_="shownotes-speaker").get_text()
    gallery = page.find(class_="sd-container-fluid").get_text()
    assert "Indexed Person" in gallery and "Shown Only" not in gallery
    assert set(inventory(app.outdir)["shownotes:speaker"]) == {"indexed"}


NOTES = """# Notes

```{toctree}
copy
```

:::{project} inside-notes
:name: Inside notes
:::

:::{project} in-copy-section
:name: In the copy's section
:::

:::{project} in-copy-options
:name: In the copy's options
:::

:::{speaker} ada
:name: Ada Example
:::

## The talk

:::{talk} shared
:title: The shared talk
:speakers: ada
:::

The notes mention {project}`inside-notes`.

:::{project-index}
:::
"""

COPY = """# Copy

## The talk again

:::{talk} shared
:title: The shared talk
:projects: in-copy-options
:no-index:
:::

The copy's section mentions {project}`in-copy-section` and {speaker}`ada`.
"""


def test_mentions_in_a_no_index_copy_of_a_talk_belong_to_its_page(make_app, tmp_path: Path):
    """Issue 14, defect 13: the docs disagreed on this. A ``:no-index:`` talk is no talk of
    the listings, even when a declared talk has its id: the links in its section and its
    ``:projects:`` count as mentions on its page only."""
    src = tmp_path / "copy"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "shownotes"]\nmyst_enable_extensions = ["colon_fence"]\n'
    )
    (src / "index.md").write_text(NOTES)
    (src / "copy.md").write_text(COPY)
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    assert warnings_of(app.warning.getvalue()) == []
    listing = body(app.outdir, "index").find("dl", class_="shownotes-project-index")
    entries = {
        " ".join(dt.get_text(" ").split()): " ".join(dt.find_next("dd").get_text(" ").split())
        for dt in listing.find_all("dt")
    }
    assert entries == {
        "In the copy's options": "Pages: Copy",
        "In the copy's section": "Pages: Copy",
        "Inside notes": "Talks: The shared talk Pages: Notes",
    }
    derived = app.env.domains["shownotes"].derived  # type: ignore[attr-defined]
    assert derived.talks_mentioning.get(("speaker", "ada")) == ["shared"]  # from :speakers: only
    assert derived.pages_mentioning[("speaker", "ada")] == ["copy", "index"]
