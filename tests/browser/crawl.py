"""Visits every public page once per width and keeps what the checkers need (#5).

One crawl serves every assertion of `test_every_page.py`: axe-core runs in the page, the HTML
the server sent is saved for one batched run of the Nu checker (Java starts once, not once
per page), and every request the browser makes is recorded.
"""

import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

from tests.public_pages import (
    FILTERED_PATHS,
    NEWSLETTER_PATHS,
    NOT_FOUND_PATHS,
    SEARCH_PATHS,
    paths_in_sitemap,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@dataclass
class Crawl:
    paths: list
    statuses: dict = field(default_factory=dict)
    violations: dict = field(default_factory=dict)
    overflowing: list = field(default_factory=list)
    h1_counts: dict = field(default_factory=dict)
    requested_urls: set = field(default_factory=set)
    console_errors: list = field(default_factory=list)
    html_errors: list = field(default_factory=list)


def sitemap_paths(context, base_url):
    return paths_in_sitemap(context.request.get(f"{base_url}/sitemap.xml").body())


def file_name(path):
    return (re.sub(r"[^a-z0-9]+", "-", path.strip("/").lower()) or "root") + ".html"


def run_axe(page, axe_source):
    # Evaluated through the DevTools protocol rather than added as a <script>: the site's
    # Content-Security-Policy (rightly) refuses inline scripts, and stays on for the crawl.
    page.evaluate(axe_source)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{violation['id']}: {violation['help']} at "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"])
        for violation in result["violations"]
    ]


def crawl_site(browser, base_url, html_dir, paths=None):
    """The whole site by default; only `paths` when given (a module checking a few states)."""
    if paths is None:
        context = browser.new_context(base_url=base_url)
        paths = [
            *sitemap_paths(context, base_url),
            *SEARCH_PATHS,
            *FILTERED_PATHS,
            *NEWSLETTER_PATHS,
            *NOT_FOUND_PATHS,
        ]
        context.close()
    crawl = Crawl(paths=paths)
    axe_source = AXE_SCRIPT.read_text()
    for width_name, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport, base_url=base_url)
        context.on("request", lambda request: crawl.requested_urls.add(request.url))
        page = context.new_page()
        page.on("console", lambda message: record_console_error(crawl, message))
        for path in paths:
            response = page.goto(path, wait_until="load")
            crawl.statuses[path] = response.status
            (html_dir / file_name(path)).write_bytes(response.body())
            crawl.h1_counts[path] = page.locator("h1").count()
            if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
                crawl.overflowing.append(f"{path} at {width_name}")
            for violation in run_axe(page, axe_source):
                crawl.violations.setdefault(f"{path} at {width_name}", []).append(violation)
        context.close()
    crawl.html_errors = check_html(html_dir)
    return crawl


def record_console_error(crawl, message):
    """Keep errors (a resource the policy blocked, a missing file), except the 404 status
    that the not-found pages are meant to answer with."""
    if message.type != "error":
        return
    if urlsplit(message.location.get("url", "")).path in NOT_FOUND_PATHS:
        return
    crawl.console_errors.append(f"{message.location.get('url')}: {message.text}")


def check_html(html_dir):
    """The Nu checker's errors on every saved page, in one Java run."""
    # The checker's schema needs a larger thread stack than the default (it overflows even
    # at 1 MB with the quick compiler); the quick (C1) compiler alone halves its start-up.
    completed = subprocess.run(
        [
            *("java", "-Xss4m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU_JAR)),
            *("--errors-only", "--format", "json", str(html_dir)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        messages = json.loads(completed.stderr)["messages"]
    except json.JSONDecodeError as error:
        raise RuntimeError(
            f"The Nu checker failed: {completed.stdout}{completed.stderr}"
        ) from error
    return [
        f"{message['url'].rsplit('/', 1)[-1]}:{message.get('lastLine', '?')}: {message['message']}"
        for message in messages
        if message["type"] in ("error", "non-document-error")
    ]
