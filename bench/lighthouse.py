"""Lighthouse's four scores for every public page, on the mobile profile (#5).

    make lighthouse             # or: PORT=8000 .venv/bin/python bench/lighthouse.py [path…]

Serves a seeded copy of the site with debug off (bench/site_server.py), runs npm's
lighthouse@12.2.3 (later releases want Node 22) against Debian's Chromium for each page of
the sitemap, prints one line of scores per page and the lowest of each, and exits non-zero
when a score is under the floor. The target is 100 everywhere.
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from site_server import BASE_DIR, CHROMIUM, public_paths, seeded_site

LIGHTHOUSE = BASE_DIR / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FLOOR = 95


def scores(url):
    """The median of each score over LIGHTHOUSE_RUNS runs (default 1), as Lighthouse's own
    guidance suggests for pages whose timing varies on a busy machine."""
    runs = [run_once(url) for _run in range(int(os.environ.get("LIGHTHOUSE_RUNS", "1")))]
    return {name: statistics.median_low(run[name] for run in runs) for name in CATEGORIES}


def run_once(url, attempts=2):
    completed = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless --no-sandbox --disable-gpu",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
    )
    if completed.returncode != 0:
        # Chrome sometimes fails to start on a loaded machine: one more try, then give up.
        if attempts > 1:
            return run_once(url, attempts - 1)
        sys.exit(f"Lighthouse failed on {url}:\n{completed.stderr}")
    report = json.loads(completed.stdout)
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def main():
    port = int(os.environ.get("PORT", "8000"))
    lowest = dict.fromkeys(CATEGORIES, 100)
    with seeded_site(port) as base_url:
        paths = sys.argv[1:] or public_paths(base_url)
        print(f"{'page':<62}" + "".join(f"{name:>16}" for name in CATEGORIES))
        for path in paths:
            result = scores(base_url + path)
            lowest = {name: min(lowest[name], result[name]) for name in CATEGORIES}
            print(f"{path:<62}" + "".join(f"{result[name]:>16}" for name in CATEGORIES))
    print(f"{'lowest':<62}" + "".join(f"{lowest[name]:>16}" for name in CATEGORIES))
    if min(lowest.values()) < FLOOR:
        sys.exit(f"A score is under the floor of {FLOOR}.")


if __name__ == "__main__":
    main()
