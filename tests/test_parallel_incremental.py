"""`-j 2` equals `-j 1`; an incremental build after moving a talk equals a clean build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from corpus import html_pages, move_talk, write_corpus
from helpers import warnings_of


def build(make_app, srcdir: Path, parallel: int = 1, fresh: bool = True):
    app = make_app("html", srcdir=srcdir, parallel=parallel, freshenv=fresh)
    app.build()
    app.cleanup()  # unregister its nodes so the next app of this test starts clean
    return app


def written_docs(status: str) -> set[str]:
    """The documents a build wrote, from its status output."""
    clean = re.sub(r"\x1b\[[0-9;]*m", "", status)
    return set(re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", clean))


@pytest.mark.parametrize("jobs", [2, 4])
def test_parallel_build_equals_serial(make_app, tmp_path: Path, jobs: int) -> None:
    serial_src = write_corpus(tmp_path / "serial", documents=60, duplicates=True)
    parallel_src = tmp_path / "parallel"
    shutil.copytree(serial_src, parallel_src)
    serial = build(make_app, serial_src, parallel=1)
    parallel = build(make_app, parallel_src, parallel=jobs)
    serial_warnings = warnings_of(serial.warning.getvalue())
    parallel_warnings = warnings_of(parallel.warning.getvalue())
    # the duplicate declared on the first and last pages is reported once, at the last
    assert len(serial_warnings) == 1 and "duplicate-id" in serial_warnings[0]
    assert "talks-054.md" in serial_warnings[0]
    relative = [w.replace(str(parallel_src), str(serial_src)) for w in parallel_warnings]
    assert relative == serial_warnings
    serial_pages, parallel_pages = html_pages(serial.outdir), html_pages(parallel.outdir)
    assert len(serial_pages) >= 60
    assert serial_pages.keys() == parallel_pages.keys()
    for page, content in serial_pages.items():
        assert content == parallel_pages[page], f"{page} differs between -j 1 and -j {jobs}"
    for name in ("objects.inv", "searchindex.js"):
        assert (serial.outdir / name).read_bytes() == (parallel.outdir / name).read_bytes()


def test_two_clean_builds_are_byte_identical(make_app, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1445904000")  # 2015-10-27
    first = write_corpus(tmp_path / "first", documents=20)
    second = tmp_path / "second"
    shutil.copytree(first, second)
    one, two = build(make_app, first), build(make_app, second)
    files_one = {
        str(p.relative_to(one.outdir)): p.read_bytes()
        for p in sorted(Path(one.outdir).rglob("*"))
        if p.is_file()
    }
    files_two = {
        str(p.relative_to(two.outdir)): p.read_bytes()
        for p in sorted(Path(two.outdir).rglob("*"))
        if p.is_file()
    }
    assert files_one.keys() == files_two.keys()
    for name, content in files_one.items():
        assert content == files_two[name], name


def test_moving_a_talk_incrementally_equals_a_clean_build(make_app, tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "incremental", documents=60)
    build(make_app, src)
    move_talk(src, 5, ["speaker-17", "speaker-18"])  # was speaker-5 and speaker-6
    again = build(make_app, src, fresh=False)
    written = written_docs(again.status.getvalue())
    # the moved talk's page, the pages whose listings changed (cards, schedule, gallery; the
    # project index does not show speakers) and the toctree parent Sphinx always rewrites
    assert written == {"talks-005", "speakers", "schedule", "gallery", "index"}, written

    clean_src = tmp_path / "clean"
    shutil.copytree(src, clean_src, ignore=shutil.ignore_patterns("_build"))
    clean = build(make_app, clean_src)
    incremental_pages, clean_pages = html_pages(again.outdir), html_pages(clean.outdir)
    assert incremental_pages.keys() == clean_pages.keys()
    for page, content in clean_pages.items():
        assert incremental_pages[page] == content, f"{page}: incremental differs from clean"
    speakers = (again.outdir / "speakers.html").read_text("utf-8")
    card_17 = speakers.split('id="speaker-speaker-17"')[1].split('id="speaker-speaker-18"')[0]
    assert "Talk number 5" in card_17
    card_5 = speakers.split('id="speaker-speaker-5"')[1].split('id="speaker-speaker-6"')[0]
    assert "Talk number 5" not in card_5


def test_text_edit_rewrites_only_that_page(make_app, tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "edit", documents=60)
    build(make_app, src)
    page = src / "talks-007.md"
    page.write_text(page.read_text().replace("Summary of talk 7.", "A new summary of talk 7."))
    again = build(make_app, src, fresh=False)
    assert written_docs(again.status.getvalue()) == {"talks-007", "index"}


def test_noop_build_derives_nothing(make_app, tmp_path: Path, monkeypatch) -> None:
    """Nothing read or removed: the indexes are not derived again; a page removed: they are."""
    import shownotes.update

    src = write_corpus(tmp_path / "src", documents=8)
    extra = src / "extra.md"
    extra.write_text("---\norphan: true\n---\n# Extra\n\n:::{speaker} extra\n:name: Extra\n:::\n")
    build(make_app, src)
    calls: list[int] = []
    real = shownotes.update.derive_all
    monkeypatch.setattr(shownotes.update, "derive_all", lambda env: calls.append(1) or real(env))

    def derived(app):
        return app.env.get_domain("shownotes").data["derived"]

    noop = build(make_app, src, fresh=False)
    assert calls == []
    assert "extra" in derived(noop).winners["speaker"]  # kept from the last build
    extra.unlink()
    removed = build(make_app, src, fresh=False)
    assert calls == [1]
    assert "extra" not in derived(removed).winners["speaker"]
    build(make_app, src, fresh=False)
    assert calls == [1]


def test_the_stored_environment_keeps_no_rows(make_app, tmp_path: Path) -> None:
    """The listings' rows are a cache: the pickled environment leaves them out (a third of its
    size at scale), and a later build makes the same rows again from the stored indexes."""
    import pickle

    src = write_corpus(tmp_path / "src", documents=8)
    app = build(make_app, src)
    derived = app.env.get_domain("shownotes").data["derived"]
    assert derived.rows, "the corpus places listings"
    stored = pickle.loads((Path(app.doctreedir) / "environment.pickle").read_bytes())
    domain = stored.domaindata["shownotes"]
    assert domain["derived"].rows == {}
    assert domain["derived"].winners == derived.winners
    again = build(make_app, src, fresh=False)  # nothing read: rows made again where needed
    domain = again.env.get_domain("shownotes")
    assert {spec: domain.rows(spec) for spec in derived.rows} == derived.rows
