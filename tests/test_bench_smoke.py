"""Smoke test of the benchmark's generator (bench/generate.py) at T=20.

The benchmark itself (bench/run.py) is not run here; the plain and shownotes variants are built
once each with Sphinx to check that the generated projects build cleanly and that the
benchmark's card parser finds each speaker's talks.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
TALKS = 20


def _load(name: str) -> ModuleType:
    """Import bench/<name>.py (bench/ is not a package)."""
    if name in sys.modules:
        return sys.modules[name]
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


gen = _load("generate")


def _read_all(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _options(block: str, name: str) -> list[str]:
    m = re.search(rf"^:{name}: (.*)$", block, re.M)
    assert m, f"no :{name}: in {block[:80]!r}"
    return [x.strip() for x in m.group(1).split(",")]


def _blocks(text: str, directive: str) -> list[str]:
    return re.findall(rf"^:::\{{{directive}\}} .*?^:::$", text, re.M | re.S)


def test_conference_records() -> None:
    conf = gen.build_conference(TALKS, seed=0)
    assert len(conf.talks) == TALKS
    assert len(conf.speakers) == TALKS // 2
    assert len({t.id for t in conf.talks}) == TALKS
    assert len({t.title for t in conf.talks}) == TALKS
    speakers = {s.id for s in conf.speakers}
    projects = {p.id for p in conf.projects}
    for t in conf.talks:
        assert len(set(t.speakers)) == 2 and set(t.speakers) <= speakers
        assert len(set(t.projects)) == 3 and set(t.projects) <= projects
    tid, src, dst = gen.move_target(conf)
    moved = gen.apply_edit(conf, "move")
    assert src not in moved.talk(tid).speakers and dst in moved.talk(tid).speakers
    assert gen.build_conference(TALKS, seed=0).talks == conf.talks  # deterministic


@pytest.mark.parametrize("variant", gen.VARIANTS)
def test_generate_variant(tmp_path: Path, variant: str) -> None:
    conf = gen.build_conference(TALKS, seed=0)
    written = gen.generate(tmp_path, TALKS, variant, seed=0)
    files = _read_all(tmp_path)
    assert sorted(written) == sorted(files)
    assert "conf.py" in files and "index.md" in files
    # Every page in a toctree exists, and every page is in a toctree.
    listed = {d for text in files.values() for d in re.findall(r"^/(\S+)$", text, re.M)}
    pages = {f.removesuffix(".md") for f in files if f.endswith(".md")}
    assert listed == pages - {"index"}
    text = "\n".join(files.values())

    if variant == "shownotes":
        talks, speakers = _blocks(text, "talk"), _blocks(text, "speaker")
        declared = {re.match(r":::\{speaker\} (\S+)", b).group(1) for b in speakers}
        projects = {re.match(r":::\{project\} (\S+)", b).group(1) for b in _blocks(text, "project")}
        ids = [re.match(r":::\{talk\} (\S+)", b).group(1) for b in talks]
        spk = [_options(b, "speakers") for b in talks]
        prj = [_options(b, "projects") for b in talks]
        for kind in ("speaker", "project", "talk"):
            used = set(re.findall(rf"\{{{kind}\}}`([^`]+)`", text))
            assert used <= {"speaker": declared, "project": projects, "talk": set(ids)}[kind]
        assert ":::{schedule}" in text and ":::{speaker-gallery}" in text
        assert ":::{project-index}" in text
    elif variant == "plain":
        labels = set(re.findall(r"^\((\S+)\)=$", text, re.M))
        ids = [m for m in re.findall(r"^\(talk-(\S+)\)=$", text, re.M)]
        declared = {lab.removeprefix("speaker-") for lab in labels if lab.startswith("speaker-")}
        projects = {lab.removeprefix("project-") for lab in labels if lab.startswith("project-")}
        spk = [
            re.findall(r"<speaker-([^>]+)>", ln)
            for ln in text.splitlines()
            if ln.startswith(":Speakers: ")
        ]
        prj = [
            re.findall(r"<project-([^>]+)>", ln)
            for ln in text.splitlines()
            if ln.startswith(":Projects: ")
        ]
        assert set(re.findall(r"\{ref\}`[^`]*<([^>]+)>`", text)) <= labels
        # The hand-kept card lists: each talk is listed on both its speakers' cards.
        for t in conf.talks:
            for sid in t.speakers:
                card = text.split(f"({'speaker-' + sid})=", 1)[1].split("\n:::\n", 1)[0]
                assert f"<talk-{t.id}>" in card
    else:
        talks = _blocks(text, "talk")
        declared = set(re.findall(r"^:id: (SPK_\w+)$", text, re.M))
        projects = set(re.findall(r"^:id: (PRJ_\w+)$", text, re.M))
        ids = [_options(b, "id")[0] for b in talks]
        spk = [_options(b, "speakers") for b in talks]
        prj = [_options(b, "projects") for b in talks]
        assert set(re.findall(r"\{need\}`([^`]+)`", text)) <= declared | projects | set(ids)
        assert text.count(":::{needtable}") == 2 + len(gen.DATES)

    assert len(ids) == TALKS and len(set(ids)) == TALKS  # every talk appears once
    assert len(declared) == len(conf.speakers) and len(projects) == len(conf.projects)
    for s, p in zip(spk, prj, strict=True):
        assert len(set(s)) == 2 and set(s) <= declared
        assert len(set(p)) == 3 and set(p) <= projects


@pytest.mark.parametrize("variant", gen.VARIANTS)
def test_edits_touch_few_sources(tmp_path: Path, variant: str) -> None:
    conf = gen.build_conference(TALKS, seed=0)
    gen.generate(tmp_path, TALKS, variant)
    assert gen.generate(tmp_path, TALKS, variant) == []
    page = gen.edited_talk(conf).page + ".md"
    assert gen.generate(tmp_path, TALKS, variant, edits=["text"]) == [page]
    moved = gen.generate(tmp_path, TALKS, variant, edits=["text", "move"])
    if variant == "plain":  # the hand-kept lists change too
        _, src, dst = gen.move_target(conf)
        day = "schedule/day-" + page.split("/")[1].removeprefix("day-")
        expected = {page, day + ".md", "speakers/index.md"}  # + the gallery
        expected |= {conf.speaker_page(s) + ".md" for s in (src, dst)}
        assert set(moved) == expected
    else:
        assert moved == [page]


def _extension_missing(module: str) -> str:
    ext = str(BENCH.parent / "_ext")
    code = f"import sys; sys.path.insert(0, {ext!r}); import {module} as m; m.setup"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return r.stderr.strip().splitlines()[-1] if r.returncode else ""


@pytest.mark.parametrize("variant", ["plain", "shownotes"])
def test_build_small(tmp_path: Path, variant: str) -> None:
    if variant == "shownotes" and (why := _extension_missing("shownotes")):
        pytest.skip(f"shownotes not importable yet: {why}")
    run = _load("run")
    conf = gen.build_conference(TALKS, seed=0)
    gen.generate(tmp_path / "src", TALKS, variant)
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-W", "--keep-going"]
    r = subprocess.run(
        [*cmd, str(tmp_path / "src"), str(tmp_path / "html")], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    # The benchmark's parser finds every speaker's talks on their card.
    for t in conf.talks[:4]:
        for sid in t.speakers:
            assert t.title in run.card_text(conf, tmp_path / "html", sid)


def _pyvideo_bench(tmp_path: Path, *extra: str) -> dict[str, dict]:
    if why := _extension_missing("shownotes"):
        pytest.skip(f"shownotes not importable yet: {why}")
    if _load("run").psutil is None:
        pytest.skip("psutil (the bench extra) is not installed")
    data = Path(__file__).parent / "import_fixtures" / "pyvideo-data"
    args = ["--data", str(data), "--jobs", "1", "--out", str(tmp_path), *extra]
    assert _load("pyvideo").main(args) == 0
    found = json.loads(next(tmp_path.glob("T*/results.json")).read_text())
    results = {r["variant"]: r for r in found}
    assert sorted(results) == ["plain", "shownotes"]
    for variant, r in results.items():
        assert r["clean"]["1"]["warnings"] == 0, variant
        assert r["html_pages"] == results["plain"]["html_pages"] > 3
    return results


def test_pyvideo_bench_small(tmp_path: Path) -> None:
    """``bench/pyvideo.py`` on the importer's small pyvideo fixture: both sites build."""
    _pyvideo_bench(tmp_path, "--no-incremental")


@pytest.mark.slow
def test_pyvideo_bench_small_edits(tmp_path: Path) -> None:
    """The same with the incremental builds: the edits rewrite the pages they should."""
    for variant, r in _pyvideo_bench(tmp_path).items():
        steps = {name: set(step["rewritten"]) for name, step in r["steps"].items()}
        text, move = steps["text"] - steps["noop"], steps["move"] - steps["noop"]
        assert any(p.startswith("talks/tiny-conf-2020/20") for p in text), (variant, text)
        assert "talks/speakers/index.html" in move, (variant, move)
