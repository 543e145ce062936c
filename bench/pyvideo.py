"""Benchmark on real data: the pyvideo catalogue as one site, with shownotes and as plain MyST.

1. The catalogue (``../shared/data/pyvideo-full``) is unpacked into a temporary folder (not
   timed); with ``--talks N``, a deterministic subset: whole events, chosen in date order so
   that they spread over the years, the last one cut to make exactly N talks.
2. **shownotes**: ``python -m shownotes import`` writes the pages (timed: the import time);
   **plain**: ``bench/pyvideo_plain.py`` writes the same facts as plain MyST (same pages,
   headings, toctrees, speaker lists and links; no extension).
3. Each site is built clean with ``-j 1``, ``-j 2`` and ``-j auto`` (wall and CPU time, peak
   memory of the process tree, pages written), then incrementally with ``-j 1``: no change, a
   text edit in one talk (a paragraph of notes), that talk moved to another speaker (time and
   pages rewritten).

Usage: ``python bench/pyvideo.py [--talks 3000] [--jobs 1,2,auto] [--out DIR]``
(``make bench-pyvideo BENCH_ARGS="--talks 3000"``). Everything is written under ``--out``
(default: a folder in the system's temporary folder), never into the project.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyvideo_plain as plain
import run

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / ".." / "shared" / "data" / "pyvideo-full" / "pyvideo-data.tar.gz"
NOTE = "Update after the session: the slides were revised and the demo was recorded again."
TALK_BLOCK = re.compile(r"^(:{3,})\{talk\} (\S+)\n(?:.*\n)*?\1\n", re.MULTILINE)
#: Targets of issue 16.
MAX_RATIO = 1.0
MAX_NOOP_OVER_PLAIN_S = 0.2


@dataclass
class Step:
    """An incremental build: its figures and the pages it rewrote."""

    build: run.Build
    rewritten: list[str]


@dataclass
class Result:
    """What was measured for one variant."""

    variant: str
    clean: dict[str, run.Build] = field(default_factory=dict)  # -j value -> build
    html_pages: int = 0
    source_pages: int = 0
    steps: dict[str, Step] = field(default_factory=dict)  # noop, text, move


def log(msg: str) -> None:
    """Progress on stderr."""
    print(msg, file=sys.stderr, flush=True)


def unpack(out: Path) -> Path:
    """The catalogue's root, unpacked into ``out/data`` unless it already is."""
    data, done = out / "data", out / "data" / ".unpacked"
    if not done.is_file():
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(parents=True)
        with tarfile.open(CATALOGUE) as tar:
            tar.extractall(data, filter="data")
        done.touch()
    return data


def event_dates(folder: Path) -> tuple[str, list[Path]]:
    """An event's earliest recording date (``~`` if none) and its video files."""
    videos = sorted((folder / "videos").glob("*.json"))
    dates = []
    for path in videos:
        with path.open(encoding="utf-8") as handle:
            recorded = json.load(handle).get("recorded")
        if isinstance(recorded, str) and recorded[:4].isdigit():
            dates.append(recorded[:10])
    return (min(dates) if dates else "~"), videos


def subset(data: Path, talks: int, out: Path) -> tuple[Path, int]:
    """``data`` itself, or a folder of whole events (date order, spread over the years)
    holding ``talks`` videos; returns it and the number of video files."""
    events = sorted(
        ((*event_dates(p), p) for p in data.iterdir() if (p / "category.json").is_file()),
        key=lambda e: (e[0], e[2].name),
    )
    total = sum(len(v) for _, v, _ in events)
    if talks <= 0 or talks >= total:
        return data, total
    folder = out / f"subset-{talks}"
    if (folder / ".done").is_file():
        return folder, talks
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(data / "NO_PUBLISH.json", folder)
    taken = seen = 0
    for _, videos, path in events:
        seen += len(videos)
        if taken >= talks or taken >= seen * talks / total:
            continue
        (folder / path.name / "videos").mkdir(parents=True)
        shutil.copy(path / "category.json", folder / path.name)
        for video in videos[: talks - taken]:
            shutil.copy(video, folder / path.name / "videos")
        taken += min(len(videos), talks - taken)
    (folder / ".done").touch()
    return folder, taken


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Run ``cmd``; wall seconds, peak MB of the child (maxrss), its last line of output."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"{cmd[:4]} failed: {err.strip()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, (out.strip().splitlines() or [""])[-1]


def shownotes_site(source: Path, src: Path, ext_dir: Path) -> tuple[float, float, str]:
    """Write conf.py and index.md, then import ``source`` into ``src/talks`` (timed)."""
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    (src / "conf.py").write_text(
        '"""The pyvideo catalogue with shownotes, imported by bench/pyvideo.py."""\n\n'
        f"import sys\n\nsys.path.insert(0, {str(ext_dir)!r})\n\n"
        'project = "pyvideo (shownotes)"\nlanguage = "en"\n'
        'extensions = ["myst_parser", "shownotes"]\n'
        'myst_enable_extensions = ["colon_fence", "fieldlist"]\n'
        'html_theme = "alabaster"\nexclude_patterns = ["_build"]\n',
        encoding="utf-8",
    )
    (src / "index.md").write_text(plain.ROOT_INDEX, encoding="utf-8")
    cmd = [sys.executable, "-m", "shownotes", "import", str(source), "--into", str(src / "talks")]
    return timed(cmd)


def edited_talk(site: plain.Site) -> tuple[str, str]:
    """The talk both edits touch (the middle talk with a speaker) and its page."""
    sections = [
        (plan.path, section)
        for plan in site.plans
        for section in plan.sections
        if section.kind == "talk" and site.talks[section.keys[0]].speakers
    ]
    path, section = sections[len(sections) // 2]
    return section.keys[0], path


def move_target(site: plain.Site, key: str) -> tuple[str, str]:
    """(old, new) speaker keys of the move: the talk's first speaker, and a speaker who does
    not give it, on another speaker page if there is one."""
    talk = site.talks[key]
    old = site.speakers[talk.speakers[0]].key
    page = site.page_of[("speaker", old)]
    order = [s.key for s in site.schedule.speakers if ("speaker", s.key) in site.page_of]
    start = order.index(old)
    candidates = [order[(start + step) % len(order)] for step in range(len(order) // 2, len(order))]
    candidates = [c for c in candidates if c not in talk.speakers]
    elsewhere = [c for c in candidates if site.page_of[("speaker", c)] != page]
    if not candidates:
        raise ValueError("no speaker to move the talk to")
    return old, (elsewhere or candidates)[0]


def edit_imported(src: Path, page: str, oid: str, change: Callable[[str], str]) -> None:
    """Rewrite the ``talk`` block ``oid`` of an imported page with ``change``."""
    path = src / "talks" / page
    text = path.read_text(encoding="utf-8")
    block = next(m for m in TALK_BLOCK.finditer(text) if m.group(2) == oid)
    text = text[: block.start()] + change(block.group()) + text[block.end() :]
    path.write_text(text, encoding="utf-8")


def add_note(src: Path, page: str, oid: str) -> None:
    """The text edit in the imported site: a paragraph of notes after the talk's block."""
    edit_imported(src, page, oid, lambda block: block + "\n" + NOTE + "\n")


def move_speaker(src: Path, page: str, oid: str, old: str, new: str) -> None:
    """The move in the imported site: one id replaced in the talk's ``:speakers:``."""

    def change(block: str) -> str:
        line = next(ln for ln in block.splitlines() if ln.startswith(":speakers: "))
        ids = [new if i.strip() == old else i.strip() for i in line[11:].split(",")]
        return block.replace(line, ":speakers: " + ", ".join(ids), 1)

    edit_imported(src, page, oid, change)


def html_pages(htmldir: Path) -> int:
    """Html files written."""
    return sum(1 for _ in htmldir.rglob("*.html"))


def measure(
    name: str,
    src: Path,
    work: Path,
    jobs: list[str],
    edits: list[tuple[str, Callable[[], None]]] | None,
) -> Result:
    """Clean builds with each ``-j`` (``-j 1`` last), then the incremental ones (``-j 1``, on
    top of the last clean build) after each edit."""
    result = Result(name, source_pages=sum(1 for _ in src.rglob("*.md")))
    dst = work / "build"
    for j in [*[j for j in jobs if j != "1"], *[j for j in jobs if j == "1"]]:
        run.clean(dst)
        b = run.run_sphinx(src, dst, j, work / f"clean-j{j}.log")  # type: ignore[arg-type]
        result.clean[j] = b
        log(
            f"{name:9s} clean -j {j:4s}: {b.seconds:7.1f} s, cpu {b.cpu_seconds:7.1f} s, peak "
            f"{b.peak_tree_mb:6.0f} MB (tree), maxrss {b.maxrss_mb:6.0f} MB, others "
            f"{b.others:.2f} CPUs, {b.warnings} warnings"
            + (f" rc={b.returncode}" if b.returncode else "")
        )
        if b.returncode:
            log(b.stderr_tail)
            return result
    result.html_pages = html_pages(dst / "html")
    if edits is None:
        return result
    for step, edit in [("noop", lambda: None), *edits]:
        time.sleep(0.05)
        edit()
        before = run.snapshot(dst / "html")
        b = run.run_sphinx(src, dst, 1, work / f"incr-{step}.log")
        rewritten, _changed = run.diff_snapshots(before, run.snapshot(dst / "html"))
        result.steps[step] = Step(b, rewritten)
        log(f"{name:9s} {step:5s}: {b.seconds:6.1f} s, {len(rewritten)} pages rewritten")
    return result


def report(results: list[Result], talks: int, importing: tuple[float, float, str]) -> str:
    """The markdown tables and the verdicts."""
    base = next((r for r in results if r.variant == "plain"), None)
    jobs = list(results[0].clean)
    lines = [
        f"# pyvideo: {talks} talks ({os.cpu_count()} CPUs)\n",
        f"\nImport: {importing[0]:.1f} s, peak {importing[1]:.0f} MB: {importing[2]}\n\n",
        "| variant | source pages | html pages | "
        + " | ".join(f"clean -j {j} s (cpu s) | peak MB" for j in jobs)
        + " | x plain (-j 1) | no-op s / pages | text s / pages | move s / pages |\n",
        "|---|---:|---:|" + "---:|---:|" * len(jobs) + "---:|---:|---:|---:|\n",
    ]
    for r in results:
        cells = [f"{r.variant}", str(r.source_pages), str(r.html_pages)]
        for j in jobs:
            b = r.clean.get(j)
            cells += (
                [f"{b.seconds:.1f} ({b.cpu_seconds:.1f})", f"{b.peak_tree_mb:.0f}"]
                if b
                else ["-", "-"]
            )
        ratio = "-"
        if base and "1" in r.clean and "1" in base.clean:
            ratio = f"{r.clean['1'].seconds / base.clean['1'].seconds:.2f}"
        cells.append(ratio)
        for step in ("noop", "text", "move"):
            s = r.steps.get(step)
            cells.append(f"{s.build.seconds:.1f} / {len(s.rewritten)}" if s else "-")
        lines.append("| " + " | ".join(cells) + " |\n")
    lines.append("\nPages rewritten beyond the no-op build's:\n\n")
    for r in results:
        always = set(r.steps["noop"].rewritten) if "noop" in r.steps else set()
        lines.append(f"- {r.variant}: every build writes {', '.join(sorted(always)) or 'none'}\n")
        for step in ("text", "move"):
            if step in r.steps:
                extra = sorted(set(r.steps[step].rewritten) - always)
                lines.append(f"  - {step}: {', '.join(extra) or 'none'}\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--talks", type=int, default=0, help="a subset of N talks (default: all)")
    ap.add_argument("--jobs", default="1,2,auto", help="the -j values of the clean builds")
    ap.add_argument("--variants", default="shownotes,plain")
    ap.add_argument("--data", type=Path, help="a pyvideo data folder (default: the catalogue)")
    ap.add_argument("--no-incremental", action="store_true", help="clean builds only")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "shownotes-pyvideo")
    args = ap.parse_args(argv)
    jobs = [j.strip() for j in args.jobs.split(",") if j.strip()]

    def steps(edits: list[tuple[str, Callable[[], None]]]) -> list | None:
        return None if args.no_incremental else edits

    out: Path = args.out.resolve()
    if out.is_relative_to(ROOT.resolve()):
        ap.error("--out must be outside the project (the catalogue is not copied into it)")
    t0 = time.perf_counter()
    source, talks = subset(args.data.resolve() if args.data else unpack(out), args.talks, out)
    log(f"source: {source} ({talks} video files)")
    work = out / f"T{talks}"
    ext_dir, digest = run.snapshot_extension()
    importing = shownotes_site(source, work / "shownotes" / "src", ext_dir)
    log(f"import: {importing[0]:.1f} s, peak {importing[1]:.0f} MB: {importing[2]}")
    site = plain.read_site(source, work / "shownotes" / "src" / "talks")
    key, page = edited_talk(site)
    old, new = move_target(site, key)
    tid = site.ids["talk"][key]
    sid_old, sid_new = site.ids["speaker"][old], site.ids["speaker"][new]
    log(f"edits: talk {tid} on {page}; moved from speaker {sid_old} to {sid_new}")
    results = []
    if "shownotes" in args.variants:
        src = work / "shownotes" / "src"
        edits = [
            ("text", lambda: add_note(src, page, tid)),
            ("move", lambda: move_speaker(src, page, tid, sid_old, sid_new)),
        ]
        results.append(measure("shownotes", src, work / "shownotes", jobs, steps(edits)))
    if "plain" in args.variants:
        psrc = work / "plain" / "src"
        shutil.rmtree(psrc, ignore_errors=True)
        plain.write(site, psrc)
        noted = plain.Site(site.schedule, site.ids, site.plans, {key: NOTE})
        edits = [
            ("text", lambda: plain.write(noted, psrc) and None),
            ("move", lambda: plain.write(plain.moved(noted, key, old, new), psrc) and None),
        ]
        results.append(measure("plain", psrc, work / "plain", jobs, steps(edits)))
    text = report(results, talks, importing)
    text += f"\nshownotes sources {digest}; total benchmark time {time.perf_counter() - t0:.0f} s\n"
    print(text)
    (work / "results.md").write_text(text, encoding="utf-8")
    (work / "results.json").write_text(
        json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8"
    )
    return 0 if all(b.returncode == 0 for r in results for b in r.clean.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
