"""Every public page, in both languages, at a phone and a desktop width, in Chromium (#5)."""

from urllib.parse import urlsplit

import pytest

from tests.public_pages import NOT_FOUND_PATHS, SEARCH_PATHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_crawl_covers_every_public_page_in_both_languages(crawl):
    for path in ["/fr/", "/en/", "/fr/histoire/", "/en/history/", "/fr/contact/", "/en/contact/"]:
        assert path in crawl.paths
    assert set(SEARCH_PATHS) <= set(crawl.paths)
    assert sum(path.startswith("/en/programmes/") for path in crawl.paths) >= 7


def test_every_page_answers_and_the_unknown_one_is_a_404(crawl):
    statuses = dict(crawl.statuses)

    assert {statuses.pop(path) for path in NOT_FOUND_PATHS} == {404}
    assert set(statuses.values()) == {200}


def test_axe_finds_no_wcag_2_1_aa_violation_on_any_page_at_either_width(crawl):
    assert crawl.violations == {}


def test_the_nu_html_checker_finds_no_error_on_any_page(crawl):
    assert crawl.html_errors == []


def test_every_page_has_exactly_one_main_heading(crawl):
    assert {path for path, count in crawl.h1_counts.items() if count != 1} == set()


def test_no_page_scrolls_sideways_on_a_phone_or_a_desktop(crawl):
    assert crawl.overflowing == []


def test_no_request_leaves_127_0_0_1(crawl):
    hosts = {urlsplit(url).hostname for url in crawl.requested_urls}

    assert hosts == {"127.0.0.1"}


def test_no_page_logs_an_error_such_as_a_blocked_resource_in_the_console(crawl):
    assert crawl.console_errors == []
