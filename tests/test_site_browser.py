"""The readers' site in Debian's Chromium: phones, the grid's tabs, the video player's privacy,
accessibility (axe-core) in light and dark mode, and what a shared link shows.

Two builds, each made once for the module: the real site (as Read the Docs builds it, with its
canonical URL, so Open Graph tags and the sitemap are on) and tests/roots/test-grid (a fictional
two-day, two-room conference with videos). Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import (
    ARTIFACTS,
    DESKTOP,
    PHONE,
    axe_violations,
    chromium,
    horizontal_overflow,
    require_axe,
    served,
    set_theme,
)
from bs4 import BeautifulSoup

ROOT = Path(__file__).parent.parent
CANONICAL = "https://example-notes.readthedocs.io/en/latest/"
#: Pages of the real site a reader on a phone opens: schedule, speakers, talk pages.
SITE_PAGES = ["docs/schedule.html", "docs/speakers.html", "docs/keynotes.html",
              "docs/breakouts.html", "docs/opening.html", "docs/using/talks.html"]  # fmt: skip
GRID_PAGES = ["schedule.html", "speakers.html", "talks.html"]


def build(srcdir: Path, outdir: Path, env: dict[str, str] | None = None) -> Path:
    """``sphinx-build -W -b html`` of ``srcdir`` into ``outdir``."""
    command = [sys.executable, "-m", "sphinx", "-T", "-W", "--keep-going", "-q", "-b", "html"]
    command += ["-d", str(outdir / ".doctrees"), str(srcdir), str(outdir)]
    done = subprocess.run(
        command, cwd=srcdir, capture_output=True, text=True, check=False,
        env={**os.environ, **(env or {})},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return outdir


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built as Read the Docs builds it (its canonical URL in the environment)."""
    env = {"READTHEDOCS": "True", "READTHEDOCS_CANONICAL_URL": CANONICAL}
    return build(ROOT, tmp_path_factory.mktemp("site") / "html", env)


@pytest.fixture(scope="module")
def grid_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("grid") / "src"
    shutil.copytree(ROOT / "tests" / "roots" / "test-grid", src)
    return build(src, src / "_build")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as found:
        yield found


@pytest.fixture(scope="module")
def urls(site: Path, grid_site: Path) -> Iterator[dict[str, str]]:
    with served(site) as site_url, served(grid_site) as grid_url:
        yield {"site": site_url, "grid": grid_url}


def new_page(browser: Any, viewport: dict[str, int]) -> Any:
    page = browser.new_context(viewport=viewport).new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    return page


@pytest.mark.browser
@pytest.mark.site
def test_a_phone_never_scrolls_sideways_and_screenshots(browser: Any, urls) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = new_page(browser, PHONE)
    wide = {}
    for base, pages in ((urls["site"], SITE_PAGES), (urls["grid"], GRID_PAGES)):
        for name in pages:
            page.goto(base + name)
            for theme in ("light", "dark"):
                set_theme(page, theme)
                if horizontal_overflow(page):
                    wide[f"{name} ({theme})"] = horizontal_overflow(page)
    assert wide == {}, f"pages wider than a 390 px phone: {wide}"
    # The grid reads as the list on a phone: one talk per line, no room columns.
    page.goto(urls["grid"] + "schedule.html")
    cells = page.locator("#grid td.shownotes-grid-talk").all()
    lefts = {round(cell.bounding_box()["x"]) for cell in cells if cell.is_visible()}
    assert len(lefts) == 1, lefts
    assert page.locator("#grid thead").first.is_hidden()
    assert page.locator("#grid .shownotes-grid-room").first.is_visible()
    screenshots(browser, urls["grid"])
    assert page.errors == []


def screenshots(browser: Any, base: str) -> None:
    """The schedule's grid and list, on a phone and a desktop, in light and dark mode."""
    for device, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page = new_page(browser, viewport)
        page.goto(base + "schedule.html")
        for theme in ("light", "dark"):
            set_theme(page, theme)
            for layout in ("grid", "list"):
                path = ARTIFACTS / f"schedule-{layout}-{device}-{theme}.png"
                page.locator(f"section#{layout}").screenshot(path=str(path))
        page.context.close()


@pytest.mark.browser
@pytest.mark.site
def test_tabs_switch_days_by_mouse_and_by_keyboard(browser: Any, urls) -> None:
    page = new_page(browser, DESKTOP)
    page.goto(urls["grid"] + "schedule.html")
    grid = page.locator("#grid")
    day1 = grid.get_by_role("heading", name="Monday, March 2, 2099")
    day2 = grid.get_by_role("heading", name="Tuesday, March 3, 2099")
    assert day1.is_visible() and day2.is_hidden()
    page.locator("#grid .sd-tab-set > label", has_text="Tue, Mar 3").click()
    assert day2.is_visible() and day1.is_hidden()
    # Keyboard alone: Tab reaches the day tabs (radio buttons); the arrow keys switch days.
    page.goto(urls["grid"] + "schedule.html")
    first_tab = page.locator("#grid .sd-tab-set > input").first
    for _ in range(60):
        page.keyboard.press("Tab")
        if first_tab.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the first day's tab")
    page.keyboard.press("ArrowRight")
    assert day2.is_visible() and day1.is_hidden()
    page.keyboard.press("ArrowLeft")
    assert day1.is_visible() and day2.is_hidden()
    assert page.errors == []


@pytest.mark.browser
@pytest.mark.site
def test_the_video_host_gets_no_request_before_the_click(browser: Any, urls) -> None:
    context = browser.new_context(viewport=DESKTOP)
    requests: list[str] = []

    def route(found: Any) -> None:
        requests.append(found.request.url)
        local = found.request.url.startswith(urls["grid"])
        found.continue_() if local else found.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.goto(urls["grid"] + "talks.html")
    page.wait_for_load_state("networkidle")
    assert page.locator("iframe").count() == 0
    assert [url for url in requests if not url.startswith(urls["grid"])] == []
    button = page.get_by_role("button", name=re.compile("loads the player from www.youtube"))
    assert button.is_visible()
    button.focus()
    page.keyboard.press("Enter")  # keyboard alone
    frame = page.locator("iframe")
    frame.wait_for(state="attached")
    assert frame.get_attribute("src") == (
        "https://www.youtube-nocookie.com/embed/EXAMPLEvid1?autoplay=1"
    )
    assert frame.get_attribute("title").startswith("Video: Opening keynote")
    assert frame.evaluate("el => el === document.activeElement")
    page.wait_for_timeout(300)
    outside = {re.sub(r"^https://([^/]+)/.*", r"\1", u) for u in requests if "127.0.0.1" not in u}
    assert outside == {"www.youtube-nocookie.com"}  # only the one player, only after the click
    assert page.locator("iframe").count() == 1  # the other players are still not loaded
    context.close()


@pytest.mark.browser
@pytest.mark.site
def test_axe_finds_nothing_critical_or_serious_in_light_and_dark(browser: Any, urls, site) -> None:
    axe = require_axe()
    page = new_page(browser, DESKTOP)
    pages = [("site", str(p.relative_to(site))) for p in sorted(site.rglob("*.html"))]
    pages += [("grid", name) for name in GRID_PAGES]
    counts: dict[str, dict[str, int]] = {}
    bad = []
    for where, name in pages:
        page.goto(urls[where] + name)
        for theme in ("light", "dark"):
            set_theme(page, theme)
            for violation in axe_violations(page, axe):
                impact = violation["impact"]
                counts.setdefault(theme, {}).setdefault(impact, 0)
                counts[theme][impact] += len(violation["targets"])
                if impact in ("critical", "serious"):
                    bad.append((where, name, theme, violation["id"], violation["targets"][:3]))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "axe.json").write_text(json.dumps({"pages": len(pages), "counts": counts}))
    assert bad == []


@pytest.mark.browser
@pytest.mark.site
def test_talk_header_labels_clear_the_accent_bar(browser: Any, urls) -> None:
    page = new_page(browser, DESKTOP)
    page.goto(urls["site"] + "docs/keynotes.html")
    header = page.locator(".shownotes-talk").first
    padding = header.evaluate("el => parseFloat(getComputedStyle(el).paddingLeft)")
    assert padding >= 12  # 1rem, not furo's 0
    gap = header.evaluate(
        "el => el.querySelector('dt').getBoundingClientRect().left"
        " - el.getBoundingClientRect().left - parseFloat(getComputedStyle(el).borderLeftWidth)"
    )
    assert gap >= 12


@pytest.mark.site
def test_shared_links_show_a_preview_and_the_sitemap_lists_the_pages(site: Path) -> None:
    page = BeautifulSoup((site / "docs/opening.html").read_text("utf-8"), "html.parser")
    og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
    assert og["og:url"] == CANONICAL + "docs/opening.html"
    assert og["og:title"] == "Opening"
    summary = page.select_one(".shownotes-talk > p").get_text(" ", strip=True)
    assert og["og:description"] == " ".join(summary.replace("\u2019", "'").split())
    (description,) = page.find_all("meta", attrs={"name": "description"})
    assert description["content"] == og["og:description"]
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert f"<loc>{CANONICAL}docs/schedule.html</loc>" in sitemap


@pytest.mark.site
def test_talk_pages_carry_schema_org_data_when_the_export_has_landed(site: Path) -> None:
    page = BeautifulSoup((site / "docs/opening.html").read_text("utf-8"), "html.parser")
    scripts = page.find_all("script", type="application/ld+json")
    if not scripts:
        pytest.skip("no JSON-LD on talk pages (the exports of issue 12 are not on this branch)")
    data = [json.loads(s.string) for s in scripts]
    assert any("Event" in str(item.get("@type")) for item in data)
