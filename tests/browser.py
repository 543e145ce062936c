"""What the browser tests share: Debian's Chromium through Playwright (never a browser download),
a static server on 127.0.0.1, and axe-core from the npm registry (``npm ci``).

Missing tools skip a test locally and fail it under ``CI=true`` (``.ci/run`` installs them).
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
#: axe-core, installed from the npm registry by ``npm ci`` (``make node_modules``).
AXE = Path(__file__).parent.parent / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def unavailable(reason: str) -> None:
    """Skip locally; in CI (CI=true) a missing tool is a failure, not a skip."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: .ci/run installs it)")
    pytest.skip(reason)


def require_browser() -> None:
    """Skip (fail in CI) without Chromium, furo or Playwright."""
    if not CHROMIUM.exists():
        unavailable("Debian's chromium is not installed (apt-get install chromium)")
    if importlib.util.find_spec("furo") is None:
        unavailable("the furo theme is not installed (pip install -e '.[docs]')")
    if importlib.util.find_spec("playwright") is None:
        unavailable("Playwright's Python package is not installed (pip install playwright)")


def require_axe() -> Path:
    """axe-core's script, or a skip (a failure in CI) when ``npm ci`` has not run."""
    if not AXE.is_file():
        unavailable("axe-core is not installed (make node_modules, or npm ci)")
    return AXE


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the build; no log lines, and no favicon 404 in the console."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/favicon.ico":
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) in a thread; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def axe_violations(page: Any, axe: Path) -> list[dict[str, Any]]:
    """axe-core's violations on the loaded ``page`` (WCAG 2 A/AA and best practices)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe))
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [n["target"] for n in v["nodes"]],
        }
        for v in result
    ]


def set_theme(page: Any, theme: str) -> None:
    """furo's theme switch: ``body[data-theme]`` is "light", "dark" or "auto". Colour
    transitions (sphinx-design's tabs fade in 250 ms) are turned off first, so what is measured
    right after the switch is the theme's final colour, not one half-way."""
    page.evaluate(
        """theme => {
            if (!document.getElementById("no-transitions")) {
                const style = document.createElement("style");
                style.id = "no-transitions";
                style.textContent = "*, *::before, *::after { transition: none !important; }";
                document.head.appendChild(style);
            }
            document.body.dataset.theme = theme;
        }""",
        theme,
    )


def horizontal_overflow(page: Any) -> int:
    """How many pixels the page is wider than the viewport (0: no sideways scrolling)."""
    return int(
        page.evaluate(
            "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
            " - document.documentElement.clientWidth"
        )
    )
