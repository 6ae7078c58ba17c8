"""A real Chromium against the live server, with axe-core and the Nu HTML checker (#5).

Chromium comes from Debian (`/usr/bin/chromium`) and the checkers from npm (`node_modules/`),
both installed by `.ci/run`. On a developer's machine without them these tests are skipped
with the reason; CI sets REQUIRE_BROWSER_TESTS=1 so that a missing browser fails instead.
"""

import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from lepartenariat.seeding import seed_all
from tests.browser.crawl import AXE_SCRIPT, CHROMIUM, CHROMIUM_ARGS, VNU_JAR, WIDTHS, crawl_site
from tests.documents.samples import add_published_documents

# The live server listens on the address the no-external-request check allows. Port 0 lets
# the system pick a free one when the server starts: a port merely found free at import
# time could be taken meanwhile by another server of the suite (the SMTP one, say).
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1:0")


def missing_tools():
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    if not AXE_SCRIPT.exists() or not VNU_JAR.exists():
        missing.append("node_modules with axe-core and vnu-jar (npm ci)")
    if shutil.which("java") is None:
        missing.append("java (apt-get install default-jre-headless)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -r requirements-dev.txt)")
    return missing


@pytest.fixture(scope="session")
def browser():
    missing = missing_tools()
    if missing:
        reason = "Browser tests need " + ", ".join(missing)
        if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
            pytest.fail(reason + "; REQUIRE_BROWSER_TESTS=1 makes that an error.")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop in the main thread, which Django takes for
    # an async context: database access from the tests is still synchronous, so allow it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="module")
def crawl(browser, live_server, django_db_setup, django_db_blocker, tmp_path_factory):
    """Every public page of the seeded site, visited once per width and checked.

    One crawl per module rather than one per test keeps the browser tests fast. The rows
    are committed so that the server thread sees them, then flushed so that the tests that
    follow start from an empty database as usual.
    """
    # The hashed manifest exists only after collectstatic, which tests do not run.
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages), django_db_blocker.unblock():
        seed_all()
        add_published_documents()
        try:
            return crawl_site(browser, live_server.url, tmp_path_factory.mktemp("html"))
        finally:
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def page(browser, live_server, seeded):
    context = browser.new_context(viewport=WIDTHS["phone"], base_url=live_server.url)
    yield context.new_page()
    context.close()
