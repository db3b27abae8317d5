"""Save a screenshot of a built graph page for the README.

    .venv/bin/graphkit build && .venv/bin/python bench/screenshot.py exports/graph.html exports/graph.png

Uses Debian's Chromium (apt-get install chromium fonts-noto-cjk, for the Chinese labels).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


def main(page_path: str, png_path: str) -> int:
    url = Path(page_path).resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        deadline = time.monotonic() + 20
        while not page.evaluate("() => Boolean(window.graphkit && window.graphkit.ready)"):
            if time.monotonic() > deadline:
                raise SystemExit("the page did not become ready in 20 s")
            time.sleep(0.1)
        time.sleep(0.5)
        page.screenshot(path=png_path)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
