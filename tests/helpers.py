"""Small helpers the tests share: parsed output, inventories, source lines."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from sphinx.util.inventory import InventoryFile


def soup(outdir: Path, page: str) -> BeautifulSoup:
    """The parsed HTML of ``page`` (a docname) in ``outdir``."""
    return BeautifulSoup((Path(outdir) / f"{page}.html").read_text("utf-8"), "html.parser")


def body(outdir: Path, page: str) -> BeautifulSoup:
    """The main content of ``page``, without the theme's navigation."""
    parsed = soup(outdir, page)
    main = parsed.find(attrs={"role": "main"}) or parsed.find("article") or parsed
    return main  # type: ignore[return-value]


def inventory(outdir: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """objects.inv read back: ``{"shownotes:talk": {id: (uri, display name)}}``."""
    data = (Path(outdir) / "objects.inv").read_bytes()
    loaded = InventoryFile.loads(data, uri="")
    result: dict[str, dict[str, tuple[str, str]]] = {}
    for objtype, entries in getattr(loaded, "data", loaded).items():
        result[objtype] = {
            name: (
                getattr(item, "uri", None) or item[2],
                getattr(item, "display_name", None) or item[3],
            )
            for name, item in entries.items()
        }
    return result


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of the first line of ``path`` that contains ``needle``."""
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def warnings_of(text: str) -> list[str]:
    """The warning lines of a build's warning stream, ANSI colours stripped."""
    clean = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return [line for line in clean.splitlines() if "WARNING" in line or "ERROR" in line]


def texts(nodes_: list) -> list[str]:
    """The stripped text of each element."""
    return [" ".join(n.get_text(" ").split()) for n in nodes_]


def schedules(page) -> list:
    """The schedule listings of a parsed page, in page order."""
    return page.select("div.shownotes-schedule")


def schedule_rows(schedule) -> list[list[str]]:
    """A schedule's talks, each as [day heading, time, talk, speakers, kind, room]."""
    rows = []
    for heading in schedule.select(".shownotes-day-heading"):
        table = heading.find_next("table")
        for tr in table.find("tbody").find_all("tr"):
            rows.append([heading.get_text(" ", strip=True), *texts(tr.find_all("td"))])
    return rows


def schedule_caption(schedule) -> str:
    """A schedule's caption (its event), or ""."""
    found = schedule.find(class_="shownotes-schedule-caption")
    return found.get_text(" ", strip=True) if found else ""
