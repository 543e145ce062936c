"""Benchmark of the exports (issue 12): what writing them costs in an HTML build.

The shownotes variant of the synthetic conference (bench/generate.py) is given an event with a
time zone (``shownotes_event``), so that every talk has an instant and every export is full:
one calendar event and one ``_calendar/<id>.ics`` per talk, every talk in the frab files. Each
round builds it clean (``-j 1``) twice: with the exports (the default) and with
``shownotes_exports = []``. The export step's own time is the writer's log line
("shownotes: N export files ... in X s"); the difference of the two builds also counts what the
pages pay (the "Add to calendar" links, the schema.org scripts). The fastest round is shown.

Usage: ``python bench/export_cost.py [--sizes 500,2000] [--rounds 2]``, or ``--exports`` of
``bench/run.py``.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as gen

OUT = Path(__file__).resolve().parent / "_out" / "exports"
EVENT = (
    '\nshownotes_event = {"id": "synthetic", "name": "Synthetic conference", '
    '"start": "2015-10-27", "end": "2015-10-30", "timezone": "Asia/Tokyo"}\n'
)
LOG_LINE = re.compile(
    r"shownotes: (\d+) export files \((\d+) rewritten\) in ([0-9.]+) s \(([0-9.]+) s CPU\)"
)
MAX_SHARE = 0.05  # issue 12: the exports cost under 5% of an HTML build


@dataclass
class ExportRound:
    """One round at one size: a build with the exports and one without."""

    with_exports: float  # wall time (s)
    without: float
    cpu_with: float  # CPU time (s): moves less when other work shares the machine
    cpu_without: float
    step: float  # the writer's own wall time
    step_cpu: float  # and its CPU time
    files: int
    megabytes: float


def cpu_of_children() -> float:
    """User + system time of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sphinx(src: Path, dst: Path, *options: str) -> tuple[float, float, str]:
    """A clean ``-j 1`` html build: its wall time, its CPU time and its output."""
    shutil.rmtree(dst, ignore_errors=True)
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-j", "1", *options]
    command += ["-d", str(dst / ".doctrees"), str(src), str(dst / "html")]
    began, cpu = time.perf_counter(), cpu_of_children()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds, cpu = time.perf_counter() - began, cpu_of_children() - cpu
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    return seconds, cpu, done.stdout + done.stderr


def measure(talks: int, rounds: int, ext_dir: Path | None = None) -> list[ExportRound]:
    """``rounds`` rounds at ``talks`` talks."""
    src = OUT / f"T{talks}" / "src"
    shutil.rmtree(src, ignore_errors=True)
    gen.generate(src, talks, "shownotes", 0, ext_dir=ext_dir or gen.REPO / "_ext")
    conf = src / "conf.py"
    conf.write_text(conf.read_text("utf-8") + EVENT, "utf-8")
    found = []
    for _ in range(rounds):
        on, cpu_on, log = sphinx(src, OUT / f"T{talks}" / "on")
        off, cpu_off, _ = sphinx(src, OUT / f"T{talks}" / "off", "-D", "shownotes_exports=")
        match = LOG_LINE.search(log)
        if match is None:
            raise SystemExit(f"no export line in the build's log:\n{log[-2000:]}")
        html = OUT / f"T{talks}" / "on" / "html"
        manifest = (html / ".shownotes-exports").read_text("utf-8").split()
        size = sum((html / path).stat().st_size for path in manifest) / 2**20
        step, step_cpu = float(match[3]), float(match[4])
        found.append(ExportRound(on, off, cpu_on, cpu_off, step, step_cpu, int(match[1]), size))
    return found


def table(by_size: dict[int, list[ExportRound]]) -> str:
    """A markdown table of the fastest round at each size, and the verdict."""
    lines = [
        "| T | build with exports: wall / CPU (s) | without: wall / CPU (s) "
        "| export step: wall / CPU (s) | step / build: wall / CPU | CPU difference / build "
        "| files | MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    verdicts = []
    for talks, rounds in by_size.items():
        best = min(rounds, key=lambda r: r.with_exports)
        wall_on, wall_off = best.with_exports, min(r.without for r in rounds)
        cpu_on, cpu_off = min(r.cpu_with for r in rounds), min(r.cpu_without for r in rounds)
        step, step_cpu = min(r.step for r in rounds), min(r.step_cpu for r in rounds)
        share, cpu_share = step / wall_on, step_cpu / cpu_on
        lines.append(
            f"| {talks} | {wall_on:.1f} / {cpu_on:.1f} | {wall_off:.1f} / {cpu_off:.1f} "
            f"| {step:.2f} / {step_cpu:.2f} | {share:.1%} / {cpu_share:.1%} "
            f"| {(cpu_on - cpu_off) / cpu_on:.1%} | {best.files} | {best.megabytes:.1f} |"
        )
        verdict = "PASS" if max(share, cpu_share) < MAX_SHARE else "FAIL"
        verdicts.append(
            f"{verdict} T={talks}: export step {share:.1%} of the build's wall time, "
            f"{cpu_share:.1%} of its CPU time (< 5%)"
        )
    return "\n".join([*lines, "", *verdicts]) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000", help="comma-separated numbers of talks")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    by_size = {int(s): measure(int(s), args.rounds) for s in args.sizes.split(",") if s}
    text = table(by_size)
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.md").write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
