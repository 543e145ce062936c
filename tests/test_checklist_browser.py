"""The checklist in a real browser: Debian's Chromium driven by Playwright (never downloaded).

Builds tests/roots/test-checklist with furo, serves it on 127.0.0.1 and ticks checks with the
mouse and the keyboard; checks the progress line, the reset button, the ticks kept over a
reload (and not kept with ``shownotes_checklist_persist = False``), dark mode, print and
the page without JavaScript. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from browser import ARTIFACTS, chromium, served
from sphinx.testing.util import SphinxTestApp

pytestmark = pytest.mark.browser

CHECKLIST = "neutron-connectivity"
BOX = "#check-neutron-connectivity-{}-box"
TOTAL = 4
PROGRESS = f"[data-checklist='{CHECKLIST}'] .shownotes-checklist-progress"
RESET = f"[data-checklist='{CHECKLIST}'] .shownotes-checklist-reset"
STORAGE_KEY = f"shownotes:checklist:/index.html:{CHECKLIST}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless (a skip, or a failure in CI, when it is missing)."""
    with chromium() as found:
        yield found


@pytest.fixture
def serve() -> Iterator[Callable[[Path], str]]:
    """Serve folders on 127.0.0.1 (free ports) for the test; each call returns a base URL."""
    with ExitStack() as stack:
        yield lambda folder: stack.enter_context(served(folder))


@pytest.fixture
def build(
    make_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path
) -> Callable[..., Path]:
    """Build a fresh copy of the checklist test root to HTML (furo); returns the output folder."""

    def run(**confoverrides: Any) -> Path:
        srcdir = tmp_path / "src"
        shutil.copytree(rootdir / "test-checklist", srcdir)
        app = make_app("html", srcdir=srcdir, freshenv=True, confoverrides=confoverrides)
        app.build()
        return Path(app.outdir)

    return run


class Page:
    """A page with its console errors and uncaught exceptions collected."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.errors: list[str] = []
        self.page.on(
            "console",
            lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None,
        )
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def progress(self) -> str:
        return str(self.page.text_content(PROGRESS)).strip()

    def checked(self, check_id: str) -> bool:
        return bool(self.page.is_checked(BOX.format(check_id)))

    def wait_progress(self, checked: int) -> None:
        self.page.wait_for_function(
            "([sel, text]) => document.querySelector(sel).textContent.trim() === text",
            arg=[PROGRESS, f"{checked} of {TOTAL} checked"],
            timeout=5000,
        )


def test_tick_by_mouse_and_keyboard_keep_over_reload_and_reset(
    browser: Any, build: Callable[..., Path], serve: Callable[[Path], str]
) -> None:
    base = serve(build())
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    tab = Page(context)
    page = tab.page
    page.goto(base + "index.html")
    page.wait_for_selector(f"[data-checklist='{CHECKLIST}'] .shownotes-checklist-controls:visible")
    assert tab.progress() == f"0 of {TOTAL} checked"
    assert page.get_attribute(PROGRESS, "aria-live") == "polite"

    # 1: by clicking its label; 2: by keyboard (focus the box, press Space).
    page.click(f"label[for='{BOX.format('vm-egress')[1:]}']")
    page.focus(BOX.format("veth"))
    page.keyboard.press("Space")
    tab.wait_progress(2)
    assert tab.checked("vm-egress") and tab.checked("veth")
    assert not tab.checked("special") and not tab.checked("bridge")
    stored = json.loads(page.evaluate(f"localStorage.getItem({STORAGE_KEY!r})"))
    assert sorted(stored) == ["veth", "vm-egress"]

    # The accessible name of a box is its label: number and title.
    name = page.evaluate(
        "id => document.getElementById(id).labels[0].textContent.trim()",
        BOX.format("veth")[1:],
    )
    assert name == "2. Packets cross the veth pair"

    # Copy buttons from sphinx-copybutton sit on the check's commands.
    assert page.locator("#check-neutron-connectivity-vm-egress .highlight button.copybtn").count()

    ARTIFACTS.mkdir(exist_ok=True)
    checklist = page.locator(f"[data-checklist='{CHECKLIST}']")
    checklist.scroll_into_view_if_needed()
    checklist.screenshot(path=str(ARTIFACTS / "checklist.png"))

    # Dark mode (furo's switch): the checklist follows the theme's colours.
    light_bg = checklist.evaluate("el => getComputedStyle(el).backgroundColor")
    page.evaluate("document.body.dataset.theme = 'dark'")
    dark_bg = checklist.evaluate("el => getComputedStyle(el).backgroundColor")
    dark_fg = checklist.evaluate("el => getComputedStyle(el).color")
    assert dark_bg != light_bg
    assert _luminance(dark_bg) < 0.2 < _luminance(dark_fg)
    checklist.screenshot(path=str(ARTIFACTS / "checklist-dark.png"))
    page.evaluate("document.body.dataset.theme = 'light'")

    # Print: no controls, and boxes drawn empty even when ticked.
    page.emulate_media(media="print")
    assert page.locator(RESET).is_hidden() and page.locator(PROGRESS).is_hidden()
    appearance = page.eval_on_selector(BOX.format("veth"), "el => getComputedStyle(el).appearance")
    assert appearance == "none"
    checklist.screenshot(path=str(ARTIFACTS / "checklist-print.png"))
    page.emulate_media(media="screen")

    page.reload()
    tab.wait_progress(2)
    assert tab.checked("vm-egress") and tab.checked("veth") and not tab.checked("bridge")

    page.click(RESET)
    tab.wait_progress(0)
    assert not any(tab.checked(c) for c in ("vm-egress", "veth", "special", "bridge"))
    assert page.evaluate(f"localStorage.getItem({STORAGE_KEY!r})") is None
    page.reload()
    tab.wait_progress(0)
    assert not tab.checked("vm-egress")

    assert tab.errors == []
    context.close()


def test_ticks_not_kept_when_persist_is_off(
    browser: Any, build: Callable[..., Path], serve: Callable[[Path], str]
) -> None:
    base = serve(build(shownotes_checklist_persist=False))
    context = browser.new_context()
    tab = Page(context)
    page = tab.page
    page.goto(base + "index.html")
    assert page.get_attribute(f"[data-checklist='{CHECKLIST}']", "data-persist") == "false"
    page.wait_for_selector(f"[data-checklist='{CHECKLIST}'] .shownotes-checklist-controls:visible")
    page.click(f"label[for='{BOX.format('bridge')[1:]}']")
    tab.wait_progress(1)
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('shownotes:'))") == []
    page.reload()
    tab.wait_progress(0)
    assert not tab.checked("bridge")
    assert tab.errors == []
    context.close()


def test_without_javascript_the_list_still_works(
    browser: Any, build: Callable[..., Path], serve: Callable[[Path], str]
) -> None:
    base = serve(build())
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "index.html")
    assert page.locator(".shownotes-checklist-controls").first.is_hidden()
    assert page.locator(f"[data-checklist='{CHECKLIST}'] input[type=checkbox]").count() == TOTAL
    label = f"label[for='{BOX.format('special')[1:]}']"
    colour = "el => getComputedStyle(el).color"
    before = page.eval_on_selector(label, colour)
    page.click(label)
    assert page.is_checked(BOX.format("special"))
    # a ticked check's label is muted by CSS alone (a sibling selector: EPUB refuses :has())
    assert page.eval_on_selector(label, colour) != before
    text = page.inner_text(f"[data-checklist='{CHECKLIST}']")
    assert "1. Packets leave the VM" in text and "Expect:" in text and "If not:" in text
    context.close()


def _luminance(css_colour: str) -> float:
    """Rough relative luminance (0..1) of ``rgb(r, g, b)`` / ``rgba(...)``."""
    inside = css_colour[css_colour.index("(") + 1 : css_colour.index(")")]
    r, g, b = (float(part) / 255 for part in inside.split(",")[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_copies_of_a_checklist_on_one_page_keep_their_own_ticks(
    browser: Any,
    make_app: Callable[..., SphinxTestApp],
    tmp_path: Path,
    serve: Callable[[Path], str],
) -> None:
    """A checklist, its ``:no-index:`` copy and an ignored duplicate, all on one page."""
    from test_checklist import build_copies

    base = serve(Path(build_copies(make_app, tmp_path).outdir))  # type: ignore[arg-type]
    context = browser.new_context()
    tab = Page(context)
    page = tab.page
    page.goto(base + "index.html")
    boxes = page.locator("input.shownotes-check-box")
    assert boxes.count() == 3
    page.wait_for_selector(".shownotes-checklist-controls:visible")
    boxes.nth(1).check()  # the copy's only box
    page.reload()
    page.wait_for_selector(".shownotes-checklist-controls:visible")
    assert [boxes.nth(n).is_checked() for n in range(3)] == [False, True, False]
    keys = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('shownotes:'))")
    assert keys == ["shownotes:checklist:/index.html:twice~2"]
    assert tab.errors == []
    context.close()
