"""The main menu in a real browser: compact on a phone, one row on a desktop, usable with a
keyboard and without JavaScript (#15)."""

import pytest

from tests.browser.crawl import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Where the first words of the page's own content start, from the top of the window.
FIRST_TEXT_TOP = """() => {
  const words = node => node.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
  const walker = document.createTreeWalker(
    document.querySelector("main"), NodeFilter.SHOW_TEXT, {acceptNode: words});
  const range = document.createRange();
  range.selectNodeContents(walker.nextNode());
  return range.getBoundingClientRect().top;
}"""


@pytest.mark.parametrize("path", ["/fr/", "/fr/actualites/", "/en/events/", "/fr/histoire/"])
def test_on_a_phone_the_first_content_shows_within_the_top_120_pixels(page, path):
    page.goto(path)

    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 70
    assert page.evaluate(FIRST_TEXT_TOP) < 120
    assert page.locator(".site-menu > summary").is_visible()
    assert not page.locator(".main-nav").is_visible()


def test_on_a_phone_the_menu_opens_with_the_keyboard_and_holds_search_and_sections(page):
    page.goto("/fr/agenda/")
    assert not page.get_by_role("searchbox").is_visible()

    page.locator(".site-menu > summary").focus()
    page.keyboard.press("Enter")

    menu = page.get_by_role("navigation", name="Menu principal")
    assert page.get_by_role("searchbox", name="Rechercher sur le site").is_visible()
    assert menu.get_by_role("link", name="Notre histoire").is_visible()
    current = menu.get_by_role("link", name="Agenda")
    assert current.get_attribute("aria-current") == "page"
    panel = page.locator(".site-menu-panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= WIDTHS["phone"]["width"]


def test_on_a_desktop_the_sections_hold_on_one_row_and_the_group_opens_with_the_keyboard(
    browser, live_server, seeded
):
    context = browser.new_context(viewport=WIDTHS["desktop"], base_url=live_server.url)
    page = context.new_page()
    page.goto("/fr/programmes/")

    menu = page.get_by_role("navigation", name="Menu principal")
    tops = {
        round(box["y"])
        for box in (
            menu.get_by_text("L’association").bounding_box(),
            menu.get_by_role("link", name="Actualités").bounding_box(),
            menu.get_by_role("link", name="Contact").bounding_box(),
            page.get_by_role("searchbox").bounding_box(),
        )
    }
    assert len(tops) <= 2 and max(tops) - min(tops) < 20
    assert not page.locator(".site-menu").is_visible()
    assert not menu.get_by_role("link", name="Programmes").is_visible()

    menu.get_by_text("L’association").focus()
    page.keyboard.press("Enter")

    programmes = menu.get_by_role("link", name="Programmes")
    assert programmes.is_visible()
    assert programmes.get_attribute("aria-current") == "page"
    context.close()
