"""Saves every public page at a phone and a desktop width into screenshots/ (#5).

    make screenshots            # or: PORT=8000 .venv/bin/python bench/screenshots.py

So that anyone can look at the whole site, in both languages, without driving a browser.
"""

import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from playwright.sync_api import sync_playwright
from site_server import BASE_DIR, CHROMIUM, CHROMIUM_ARGS, public_paths, seeded_site

WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


def main():
    folder = BASE_DIR / "screenshots"
    port = int(os.environ.get("PORT", "8000"))
    with seeded_site(port) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        paths = public_paths(base_url)
        for width_name, viewport in WIDTHS.items():
            (folder / width_name).mkdir(parents=True, exist_ok=True)
            page = browser.new_page(viewport=viewport)
            for path in paths:
                page.goto(base_url + path, wait_until="load")
                name = re.sub(r"[^a-z0-9]+", "-", path.strip("/").lower()) or "root"
                page.screenshot(path=folder / width_name / f"{name}.png", full_page=True)
            page.close()
        browser.close()
    print(f"{len(paths) * len(WIDTHS)} screenshots in {folder}")


if __name__ == "__main__":
    main()
