"""Benchmark: shownotes vs plain MyST vs sphinx-needs on a synthetic conference.

For each size T and variant (see bench/generate.py) this measures, with Sphinx's html builder
run in subprocesses (``python -m sphinx -b html -q``):

* clean builds with ``-j 1`` and ``-j 2``, alternating variants over ``--rounds`` rounds (the
  fastest round counts): wall time, peak memory, ratio to plain, ``-j 2`` speedup;
* incremental builds on top of the last clean ``-j 1`` build: with no change (which pages Sphinx
  always writes), after a text edit in one talk, and after moving that talk to another speaker;
  each reports its time and the html pages rewritten (mtime changed);
* correctness after the move: the moved talk leaves the old speaker's card and appears on the
  new one's, and the incremental output is compared page by page with a clean build of the
  same sources (pages that differ are stale).

Peak memory is the largest sum of RSS over the sphinx process and all its children, polled
every 20 ms with psutil (with ``-j 2`` the forked workers share pages, so the sum overcounts);
``maxrss`` is the kernel's peak RSS of the largest single process of the tree (``wait4``).

Usage: ``python bench/run.py [--sizes 500,2000] [--rounds 2] [--variants ...] [--quick]``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as gen

try:
    import psutil
except ImportError:  # pragma: no cover - the bench extra installs it
    psutil = None

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "_out"
EXT = BENCH.parent / "_ext"
POLL_S = 0.02
BUSY_CPUS = 0.3  # other processes' load above which a clean build is run again

# Targets of issue 7.
MAX_OVERHEAD = 1.05
MIN_NEEDS_SPEEDUP = 1.5
MAX_MEM_RATIO = 1.2


@dataclass
class Build:
    """One sphinx-build run."""

    seconds: float
    cpu_seconds: float  # user + system time of the process and its reaped children
    others: float  # CPUs kept busy by other processes during the build, on average
    peak_tree_mb: float  # max over polls of the RSS sum of the process tree
    maxrss_mb: float  # peak RSS of the largest single process (wait4)
    returncode: int
    warnings: int
    stderr_tail: str = ""


@dataclass
class Incremental:
    """An incremental build and the html pages it rewrote."""

    build: Build
    rewritten: list[str]
    changed: list[str]  # rewritten pages whose content changed


@dataclass
class VariantResult:
    """Everything measured for one variant at one size."""

    variant: str
    talks: int
    pages: int = 0
    clean_j1: list[Build] = field(default_factory=list)
    clean_j2: list[Build] = field(default_factory=list)
    noop: Incremental | None = None
    text: Incremental | None = None
    move: Incremental | None = None
    move_needed: list[str] = field(default_factory=list)  # pages a clean build changes
    stale: list[str] = field(default_factory=list)  # incremental != clean after the move
    backlinks_ok: bool | None = None
    backlinks_detail: str = ""
    skipped: str = ""

    def best(self, jobs: int) -> Build | None:
        """The fastest successful clean build with ``jobs`` processes."""
        ok = [b for b in (self.clean_j1 if jobs == 1 else self.clean_j2) if b.returncode == 0]
        return min(ok, key=lambda b: b.seconds) if ok else None

    def peak(self) -> float | None:
        """The largest tree peak over the successful clean -j 1 builds."""
        ok = [b.peak_tree_mb for b in self.clean_j1 if b.returncode == 0]
        return max(ok) if ok else None


def log(msg: str) -> None:
    """Progress on stderr."""
    print(msg, file=sys.stderr, flush=True)


def busy_cpu_seconds() -> float:
    """CPU time spent by the whole machine so far (all CPUs, idle excluded); 0 without psutil."""
    if psutil is None:
        return 0.0
    t = psutil.cpu_times()
    idle = ("idle", "iowait", "guest", "guest_nice")  # guest time is counted in user already
    return sum(v for k, v in t._asdict().items() if k not in idle)


def tree_rss(root: Any) -> int:
    """Sum of the RSS of ``root`` (a psutil.Process) and all its descendants, in bytes."""
    total = 0
    with contextlib.suppress(psutil.Error):
        for p in [root, *root.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
    return total


def run_sphinx(src: Path, dst: Path, jobs: int, log_file: Path) -> Build:
    """Run one html build in a subprocess; measure time and memory of its process tree."""
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-j", str(jobs)]
    cmd += ["-d", str(dst / ".doctrees"), str(src), str(dst / "html")]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    busy0 = busy_cpu_seconds()
    with log_file.open("w") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        peak = 0
        root = psutil.Process(proc.pid) if psutil else None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if root is not None:
                peak = max(peak, tree_rss(root))
            time.sleep(POLL_S)
        seconds = time.perf_counter() - t0
    busy = busy_cpu_seconds() - busy0
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log_file.read_text(errors="replace")
    warnings = sum(1 for line in text.splitlines() if "WARNING" in line or "ERROR" in line)
    maxrss = usage.ru_maxrss / 1024  # KiB on Linux
    return Build(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        others=max(0.0, busy - usage.ru_utime - usage.ru_stime) / seconds if busy0 else 0.0,
        peak_tree_mb=peak / 2**20 if peak else maxrss,
        maxrss_mb=maxrss,
        returncode=proc.returncode,
        warnings=warnings,
        stderr_tail="\n".join(text.splitlines()[-15:]) if proc.returncode or warnings else "",
    )


# Parts of the html that differ between two builds of the same sources.
RANDOM_IDS = re.compile(rb"SNCB-[0-9a-f]{8}")  # sphinx-needs: uuid4 ids of need containers


def snapshot(htmldir: Path) -> dict[str, tuple[int, str]]:
    """``page -> (mtime_ns, sha1 of the content)`` of every html page under ``htmldir``.

    Random ids are blanked before hashing, so equal hashes mean equal pages.
    """
    out = {}
    for p in sorted(htmldir.rglob("*.html")):
        rel = p.relative_to(htmldir).as_posix()
        data = RANDOM_IDS.sub(b"RANDOM-ID", p.read_bytes())
        out[rel] = (p.stat().st_mtime_ns, hashlib.sha1(data).hexdigest())
    return out


def diff_snapshots(
    before: dict[str, tuple[int, str]], after: dict[str, tuple[int, str]]
) -> tuple[list[str], list[str]]:
    """Pages rewritten (new mtime, or new page) and, of those, pages whose content changed."""
    rewritten = sorted(p for p, v in after.items() if before.get(p, (None,))[0] != v[0])
    changed = sorted(p for p in rewritten if before.get(p, (0, ""))[1] != after[p][1])
    return rewritten, changed


def page_text(path: Path) -> str:
    """The visible text of an html page's main body (sidebar and footer left out)."""
    raw = path.read_text(encoding="utf-8")
    m = re.search(r'role="main"[^>]*>(.*?)<div class="sphinxsidebar"', raw, re.S)
    body = m.group(1) if m else raw
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    return re.sub(r"\s+", " ", html.unescape(body))


def card_text(conf: gen.Conference, htmldir: Path, sid: str) -> str:
    """The text of speaker ``sid``'s card: from their name to the next speaker's name."""
    doc = conf.speaker_page(sid)
    text = page_text(htmldir / f"{doc}.html")
    name = conf.speaker(sid).name
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    if not m:
        return ""
    others = [conf.speaker(s).name for s in conf.speaker_pages[int(doc.rsplit("-", 1)[1]) - 1]]
    end = len(text)
    for other in others:
        if other == name:
            continue
        o = re.search(rf"(?<!\w){re.escape(other)}(?!\w)", text[m.end() :])
        if o:
            end = min(end, m.end() + o.start())
    return text[m.start() : end]


def check_backlinks(conf: gen.Conference, htmldir: Path) -> tuple[bool, str]:
    """After the move: the talk is on the new speaker's card and not on the old one's.

    ``conf`` is the conference before the edits (it names who the talk moves from and to).
    """
    tid, src, dst = gen.move_target(conf)
    title = conf.talk(tid).title
    pat = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)")
    old = card_text(conf, htmldir, src)
    new = card_text(conf, htmldir, dst)
    old_has, new_has = bool(pat.search(old)), bool(pat.search(new))
    ok = bool(old) and bool(new) and not old_has and new_has
    detail = (
        f"{title!r}: old speaker {conf.speaker(src).name} "
        f"{'still lists it' if old_has else 'ok'}; new speaker {conf.speaker(dst).name} "
        f"{'ok' if new_has else 'does not list it'}" + ("" if old and new else " (card not found)")
    )
    return ok, detail


def tree_digest(root: Path) -> str:
    """A short hash of the Python sources and static files under ``root``."""
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:12]


def snapshot_extension() -> tuple[Path, str]:
    """Copy _ext/shownotes to bench/_out/ext-snapshot, so edits during a run change nothing.

    Returns the folder to put on ``sys.path`` and the digest of the copied sources.
    """
    dst = OUT / "ext-snapshot"
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(
        EXT / "shownotes", dst / "shownotes", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dst, tree_digest(dst / "shownotes")


def variant_available(variant: str, ext_dir: Path) -> str:
    """Empty if the variant's extension imports, else the reason it does not."""
    module = {"shownotes": "shownotes", "plain": "myst_parser"}.get(variant, "sphinx_needs")
    ext = str(ext_dir)
    code = f"import sys; sys.path.insert(0, {ext!r}); import {module} as m; m.setup"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if r.returncode:
        lines = r.stderr.strip().splitlines()
        return f"{module} not importable ({lines[-1] if lines else r.returncode})"
    return ""


def clean(dst: Path) -> None:
    """Remove a build's html and doctrees."""
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)


def bench_size(
    talks: int,
    variants: list[str],
    rounds: int,
    seed: int,
    jobs2: bool,
    ext_dir: Path,
    retries: int = 0,
) -> list[VariantResult]:
    """Run every measurement for one size.

    A clean build during which other processes kept more than ``BUSY_CPUS`` busy is run
    again, up to ``retries`` times; every run counts, the fastest is shown.
    """
    base = OUT / f"T{talks}"
    results = {v: VariantResult(v, talks) for v in variants}
    conf = gen.build_conference(talks, seed)
    for v in variants:
        results[v].skipped = variant_available(v, ext_dir)
        if results[v].skipped:
            log(f"[T={talks}] {v}: skipped: {results[v].skipped}")
            continue
        src = base / v / "src"
        shutil.rmtree(src, ignore_errors=True)
        gen.generate(src, talks, v, seed, ext_dir=ext_dir)
        results[v].pages = sum(1 for _ in src.rglob("*.md"))
    active = [v for v in variants if not results[v].skipped]

    for r in range(rounds):
        order = active if r % 2 == 0 else active[::-1]
        for v in order:
            src, dst = base / v / "src", base / v / "build"
            for jobs in (2, 1) if jobs2 else (1,):
                for attempt in range(1 + retries):
                    clean(dst)
                    b = run_sphinx(src, dst, jobs, base / v / f"clean-j{jobs}-r{r}.log")
                    (results[v].clean_j1 if jobs == 1 else results[v].clean_j2).append(b)
                    log(
                        f"[T={talks}] round {r + 1} {v:9s} -j {jobs}: {b.seconds:6.1f} s "
                        f"cpu {b.cpu_seconds:6.1f} s peak {b.peak_tree_mb:6.0f} MB "
                        f"maxrss {b.maxrss_mb:6.0f} MB others {b.others:.2f} CPUs"
                        + (f" rc={b.returncode}" if b.returncode else "")
                        + (f" warnings={b.warnings}" if b.warnings else "")
                        + (" (again: the machine was busy)" if attempt else "")
                    )
                    if b.returncode:
                        log(b.stderr_tail)
                    if b.returncode or b.others <= BUSY_CPUS:
                        break

    for v in active:
        res = results[v]
        if res.best(1) is None or res.clean_j1[-1].returncode:
            continue
        src, dst = base / v / "src", base / v / "build"
        htmldir = dst / "html"
        start = snapshot(htmldir)
        steps: list[tuple[str, tuple[str, ...]]] = [
            ("noop", ()),
            ("text", ("text",)),
            ("move", ("text", "move")),
        ]
        for name, edits in steps:
            time.sleep(0.05)  # mtimes of the edited sources are after the last build
            gen.generate(src, talks, v, seed, edits, ext_dir=ext_dir)
            before = snapshot(htmldir)
            b = run_sphinx(src, dst, 1, base / v / f"incr-{name}.log")
            after = snapshot(htmldir)
            rewritten, changed = diff_snapshots(before, after)
            setattr(res, name, Incremental(b, rewritten, changed))
            log(
                f"[T={talks}] {v:9s} incremental {name}: {b.seconds:5.1f} s, "
                f"{len(rewritten)} pages rewritten ({len(changed)} changed)"
            )
        res.backlinks_ok, res.backlinks_detail = check_backlinks(conf, htmldir)
        # Reference: a clean build of the edited sources.
        ref = base / v / "reference"
        clean(ref)
        rb = run_sphinx(src, ref, 1, base / v / "reference.log")
        if rb.returncode == 0:
            refsnap = snapshot(ref / "html")
            incsnap = snapshot(htmldir)
            res.stale = sorted(p for p in refsnap if incsnap.get(p, (0, ""))[1] != refsnap[p][1])
            res.move_needed = sorted(
                p for p in refsnap if start.get(p, (0, ""))[1] != refsnap[p][1]
            )
        log(
            f"[T={talks}] {v:9s} after move: backlinks {'ok' if res.backlinks_ok else 'WRONG'}"
            f" ({res.backlinks_detail}); {len(res.stale)} stale pages vs clean build"
        )
    return [results[v] for v in variants]


def fmt(x: float | None, spec: str = ".1f", suffix: str = "") -> str:
    """Format a number or a dash."""
    return "-" if x is None else f"{x:{spec}}{suffix}"


def table(results: list[VariantResult]) -> str:
    """A markdown table of one size's results."""
    plain = next((r for r in results if r.variant == "plain" and not r.skipped), None)
    pj1 = plain.best(1) if plain else None
    pmem = plain.peak() if plain else None
    head = (
        "| variant | clean -j1 (s) | x plain | cpu (s) | x plain | peak MB (tree) | x plain "
        "| maxrss MB | clean -j2 (s) | -j2 speedup | warnings | no-op: s / pages "
        "| text edit: s / pages | move: s / pages (needed) | stale after move | backlinks |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
    )
    rows = []
    for r in results:
        if r.skipped:
            rows.append(f"| {r.variant} | skipped: {r.skipped} |" + " |" * 14)
            continue
        j1, j2, mem = r.best(1), r.best(2), r.peak()
        ratio = j1.seconds / pj1.seconds if j1 and pj1 else None
        cratio = j1.cpu_seconds / pj1.cpu_seconds if j1 and pj1 else None
        mratio = mem / pmem if mem and pmem else None
        speed = j1.seconds / j2.seconds if j1 and j2 else None
        maxrss = max((b.maxrss_mb for b in r.clean_j1 if b.returncode == 0), default=None)
        warns = max((b.warnings for b in r.clean_j1 + r.clean_j2), default=0)

        def inc(i: Incremental | None, extra: str = "") -> str:
            if i is None:
                return "-"
            return f"{i.build.seconds:.1f} / {len(i.rewritten)}{extra}"

        rows.append(
            f"| {r.variant} | {fmt(j1.seconds if j1 else None)} | {fmt(ratio, '.2f', 'x')} "
            f"| {fmt(j1.cpu_seconds if j1 else None)} | {fmt(cratio, '.2f', 'x')} "
            f"| {fmt(mem, '.0f')} | {fmt(mratio, '.2f', 'x')} | {fmt(maxrss, '.0f')} "
            f"| {fmt(j2.seconds if j2 else None)} | {fmt(speed, '.2f', 'x')} | {warns} "
            f"| {inc(r.noop)} | {inc(r.text)} "
            f"| {inc(r.move, f' ({len(r.move_needed)})' if r.move else '')} "
            f"| {len(r.stale) if r.move else '-'} "
            f"| {'-' if r.backlinks_ok is None else ('right' if r.backlinks_ok else 'WRONG')} |"
        )
    return head + "\n".join(rows) + "\n"


def details(results: list[VariantResult]) -> str:
    """Which pages the incremental builds rewrote, beyond those the no-op build writes."""
    lines = []
    for r in results:
        if r.skipped or r.noop is None:
            continue
        always = set(r.noop.rewritten)
        lines.append(f"- {r.variant}: always written: {', '.join(sorted(always)) or 'none'}")
        for name in ("text", "move"):
            inc: Incremental | None = getattr(r, name)
            if inc is None:
                continue
            extra = [p for p in inc.rewritten if p not in always]
            lines.append(
                f"  - {name}: {len(extra)} more: {', '.join(extra) or 'none'}"
                + (f" (content changed: {len(inc.changed)})" if name else "")
            )
        if r.move is not None:
            needed = [p for p in r.move_needed if p not in always]
            lines.append(f"  - pages a clean build changes after both edits: {', '.join(needed)}")
            lines.append(f"  - stale after the move: {', '.join(r.stale) or 'none'}")
            lines.append(f"  - backlinks: {r.backlinks_detail}")
    return "\n".join(lines) + "\n"


def verdicts(by_size: dict[int, list[VariantResult]]) -> str:
    """The targets of issue 7, checked against the figures."""
    out = []

    def mark(ok: bool | None) -> str:
        return "n/a" if ok is None else ("PASS" if ok else "FAIL")

    for talks, results in by_size.items():
        rs = {r.variant: r for r in results if not r.skipped}
        s, p = rs.get("shownotes"), rs.get("plain")
        out.append(f"T = {talks}:")
        if not (s and p and s.best(1) and p.best(1)):
            out.append("  shownotes or plain missing: no verdicts")
            continue
        sj1, pj1 = s.best(1), p.best(1)
        assert sj1 and pj1
        ov = sj1.seconds / pj1.seconds
        cov = sj1.cpu_seconds / pj1.cpu_seconds
        out.append(
            f"  {mark(ov <= MAX_OVERHEAD)} overhead over plain {ov:.2f}x <= {MAX_OVERHEAD}x "
            f"(CPU time: {cov:.2f}x)"
        )
        for n in (rs.get(v) for v in gen.WRITERS if v.startswith("needs")):
            nj1 = n.best(1) if n else None
            if n is None or nj1 is None:
                continue
            sp = nj1.seconds / sj1.seconds
            csp = nj1.cpu_seconds / sj1.cpu_seconds
            out.append(
                f"  {mark(sp >= MIN_NEEDS_SPEEDUP)} faster than sphinx-needs ({n.variant}) "
                f"{sp:.2f}x >= {MIN_NEEDS_SPEEDUP}x (CPU time: {csp:.2f}x)"
            )
        smem, pmem = s.peak(), p.peak()
        if smem and pmem:
            out.append(
                f"  {mark(smem / pmem <= MAX_MEM_RATIO)} peak memory {smem / pmem:.2f}x plain "
                f"<= {MAX_MEM_RATIO}x"
            )
        sj2, pj2 = s.best(2), p.best(2)
        if sj2 and pj2:
            ss, ps = sj1.seconds / sj2.seconds, pj1.seconds / pj2.seconds
            out.append(f"  {mark(ss >= ps)} -j 2 speedup {ss:.2f}x >= plain's {ps:.2f}x")
        if s.text and s.noop:
            page = edited_page(talks)
            extra = set(s.text.rewritten) - set(s.noop.rewritten)
            unneeded = extra - with_parents({page})
            out.append(
                f"  {mark(not unneeded)} text edit rewrites only {page} (+ its toctree parent "
                f"and the pages every build writes): {len(extra)} rewritten"
                + (f", unneeded: {', '.join(sorted(unneeded)[:8])}" if unneeded else "")
            )
        if s.move and s.noop:
            extra = set(s.move.rewritten) - set(s.noop.rewritten)
            needed = set(s.move_needed) - set(s.noop.rewritten)
            unneeded = extra - with_parents(needed | {edited_page(talks)})
            out.append(
                f"  {mark(not unneeded)} move rewrites only pages whose content changed (+ their "
                f"toctree parents): {len(extra)} rewritten, {len(needed)} changed"
                + (f", unneeded: {', '.join(sorted(unneeded)[:8])}" if unneeded else "")
            )
            out.append(
                f"  {mark(bool(s.backlinks_ok) and not s.stale)} backlinks right after the move "
                f"({s.backlinks_detail}; {len(s.stale)} pages differ from a clean build)"
            )
    return "\n".join(out) + "\n"


def with_parents(pages: set[str]) -> set[str]:
    """``pages`` (html paths) and the pages whose toctrees list them.

    Sphinx writes the toctree parent of every page it writes (``env.files_to_rebuild``).
    """
    out = set(pages)
    for p in pages:
        parent = gen.toctree_parent(p.removesuffix(".html"))
        if parent:
            out.add(parent + ".html")
    return out


def edited_page(talks: int, seed: int = 0) -> str:
    """The html page of the talk both edits touch."""
    conf = gen.build_conference(talks, seed)
    return gen.edited_talk(conf).page + ".html"


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,2000", help="comma-separated numbers of talks")
    ap.add_argument("--rounds", type=int, default=2, help="clean builds per variant and -j")
    ap.add_argument(
        "--variants",
        default=",".join(gen.VARIANTS),
        help=f"comma-separated, of {', '.join(gen.WRITERS)} (needs-tables is opt-in)",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-j2", action="store_true", help="skip the -j 2 builds")
    ap.add_argument(
        "--retries",
        type=int,
        default=1,
        help=f"run a clean build again (at most this often) if other processes kept more than "
        f"{BUSY_CPUS} CPUs busy during it",
    )
    ap.add_argument("--quick", action="store_true", help="T=100, one round: checks the harness")
    ap.add_argument(
        "--exports",
        action="store_true",
        help="also time the export step (bench/export_cost.py) at each size",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.rounds = "100", 1
    sizes = [int(s) for s in args.sizes.split(",") if s]
    variants = [v for v in args.variants.split(",") if v]
    unknown = set(variants) - set(gen.WRITERS)
    if unknown:
        ap.error(f"unknown variants {sorted(unknown)}")
    if psutil is None:
        log("psutil missing: peak memory falls back to the largest process's maxrss")
    OUT.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    ext_dir, digest = snapshot_extension()
    log(f"shownotes sources {digest} copied to {ext_dir}")
    by_size: dict[int, list[VariantResult]] = {}
    for talks in sizes:
        by_size[talks] = bench_size(
            talks, variants, args.rounds, args.seed, not args.no_j2, ext_dir, args.retries
        )
    now = tree_digest(EXT / "shownotes")
    others = [
        b.others for results in by_size.values() for r in results for b in r.clean_j1 + r.clean_j2
    ]

    py = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sphinx, platform; print(sphinx.__version__, platform.python_version())",
        ],
        capture_output=True,
        text=True,
    ).stdout.split()
    report = [
        f"# Benchmark results (Sphinx {py[0] if py else '?'}, Python {py[1] if py else '?'}, "
        f"alabaster theme, {os.cpu_count()} CPUs, {args.rounds} round(s), best round shown)\n",
        f"\nshownotes: a copy of _ext/shownotes taken at the start (sources {digest})"
        + (f"; _ext/shownotes changed during the run (now {now})" if now != digest else "")
        + ".\n",
        f"\nOther processes kept {min(others, default=0):.2f} to {max(others, default=0):.2f} "
        "CPUs busy during the clean builds (if well above 0, wall times are disturbed: compare "
        "CPU times).\n",
    ]
    for talks, results in by_size.items():
        conf = gen.build_conference(talks, args.seed)
        report.append(
            f"\n## T = {talks} talks ({len(conf.speakers)} speakers, {len(conf.projects)} "
            f"projects, {results[0].pages or '?'} source pages)\n\n"
        )
        report.append(table(results))
        report.append("\nIncremental builds, pages beyond the no-op build's:\n\n")
        report.append(details(results))
    report.append("\n## Targets\n\n```\n" + verdicts(by_size) + "```\n")
    if args.exports:
        import export_cost

        costs = {talks: export_cost.measure(talks, args.rounds, ext_dir) for talks in sizes}
        report.append("\n## The exports (issue 12)\n\n" + export_cost.table(costs))
    report.append(f"\nTotal benchmark time: {time.perf_counter() - t0:.0f} s\n")
    text = "".join(report)
    print(text)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    (OUT / "results.json").write_text(
        json.dumps({str(k): [asdict(r) for r in v] for k, v in by_size.items()}, indent=1),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
