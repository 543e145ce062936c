"""How fast ``shownotes import`` is, on the whole pyvideo catalogue and the largest real export.

Each import runs as the command a user types (``python -m shownotes import``) in a subprocess,
into a fresh folder; then once more with the same source (the re-run path, which reads and
merges every page and must change none). It prints the wall time, talks per second, peak memory
(the child's maxrss) and the page layout: pages written, talks and speakers per page, the
largest page. The catalogue is unpacked from ``../shared/data/pyvideo-full`` into a temporary
folder first (not timed).

Usage: ``python bench/import_speed.py [--only pyvideo|export] [--keep DIR]``
(``make bench-import``). Target of issue 11: at least 100 talks a second, the whole catalogue
(21,713 talks) in under 4 minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / ".." / "shared" / "data"
CATALOGUE = DATA / "pyvideo-full" / "pyvideo-data.tar.gz"
#: The real export with the most talks (frab's 31C3 schedule.xml: 138 talks).
LARGEST_EXPORT = DATA / "schedules" / "frab-31c3" / "schedule.xml"
SUMMARY = re.compile(r"(\d+) talks?, (\d+) speakers?, (\d+) events?: ")
DECLARED = re.compile(r"^:{3,}\{(talk|speaker)\} ", re.MULTILINE)


def run(source: Path, into: Path) -> tuple[float, int, str]:
    """Import ``source`` into ``into``; (seconds, peak kB of the child, summary line)."""
    command = [sys.executable, "-m", "shownotes", "import", str(source), "--into", str(into)]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode:
            sys.exit(f"import failed ({child.returncode}): {err.read().strip()[-2000:]}")
        return seconds, usage.ru_maxrss, out.read().strip().splitlines()[-1]


def layout(into: Path) -> dict[str, object]:
    """Pages, objects per page and the largest page of an import."""
    per_page = []
    for page in into.rglob("*.md"):
        text = page.read_text("utf-8")
        kinds = DECLARED.findall(text)
        per_page.append((page.stat().st_size, kinds.count("talk"), kinds.count("speaker"), page))
    size, talks, _, page = max(per_page, key=lambda p: p[0])
    return {
        "pages": len(per_page),
        "day pages": sum(1 for p in per_page if p[1]),
        "speaker pages": sum(1 for p in per_page if p[2]),
        "most talks on a page": max(p[1] for p in per_page),
        "most speakers on a page": max(p[2] for p in per_page),
        "largest page": f"{page.relative_to(into)} ({size / 1024:.0f} KiB, {talks} talks)",
        "total size": f"{sum(p[0] for p in per_page) / 2**20:.1f} MiB",
    }


def measure(name: str, source: Path, into: Path) -> None:
    """First import and re-run of ``source``; print one block of figures."""
    first, peak, summary = run(source, into)
    again, peak2, summary2 = run(source, into)
    talks = int(SUMMARY.search(summary).group(1))  # type: ignore[union-attr]
    print(f"\n## {name}: {source}\n")
    print("| run | seconds | talks/s | peak memory | result |\n|---|---:|---:|---:|---|")
    rows = (("first import", first, peak, summary), ("re-run, same source", again, peak2, summary2))
    for label, seconds, kb, result in rows:
        rate = talks / seconds
        print(f"| {label} | {seconds:.1f} | {rate:,.0f} | {kb / 1024:.0f} MiB | {result} |")
    print()
    for key, value in layout(into).items():
        print(f"- {key}: {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("pyvideo", "export"))
    parser.add_argument("--keep", type=Path, help="import into this folder and keep it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="shownotes-import-bench-"))
    try:
        if args.only != "export":
            if not CATALOGUE.is_file():
                sys.exit(f"{CATALOGUE} is missing")
            with tarfile.open(CATALOGUE) as archive:
                archive.extractall(work / "data", filter="data")
            into = args.keep or work / "pyvideo"
            measure("the whole pyvideo catalogue", work / "data", into)
        if args.only != "pyvideo":
            measure("the largest real export", LARGEST_EXPORT, work / "export")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
