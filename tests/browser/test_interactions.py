"""What a visitor does with the keyboard, a phone, a printer or no JavaScript (#5)."""

import pytest

from contact.models import ContactMessage
from tests.browser.crawl import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(page):
    page.goto("/fr/")

    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    assert skip_link.inner_text() == "Aller au contenu"
    assert skip_link.is_visible()
    assert skip_link.bounding_box()["y"] >= 0

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "content"


def test_a_decade_link_jumps_to_the_first_step_of_that_decade(page):
    # Without smooth scrolling the jump is over when the click returns.
    page.emulate_media(reduced_motion="reduce")
    page.goto("/fr/histoire/")

    page.get_by_role("link", name="Les années 2000").click()

    target = page.locator(":target")
    assert target.locator(".year").first.inner_text() == "Les années 2000"
    assert target.is_visible()
    top = target.bounding_box()["y"]
    assert 0 <= top < WIDTHS["phone"]["height"]


def test_a_period_holds_the_years_it_spans_on_the_history_page(page):
    page.goto("/en/history/")

    period = page.locator(".timeline-period").filter(has_text="The 2000s")
    years = period.locator(".timeline-period-events .year").all_inner_texts()
    assert years == ["2005", "2006", "2007"]
    assert period.get_by_role("link", name="Programme PAEMS").count() == 0
    assert page.get_by_role("link", name="Programme PAEMS").count() == 1


def test_the_history_prints_without_menu_jump_list_or_footer_columns(page):
    page.goto("/fr/histoire/")
    page.emulate_media(media="print")

    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".decade-jump").is_visible()
    assert not page.locator(".footer-columns").is_visible()
    assert page.locator(".timeline").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()


def test_the_contact_page_prints_its_addresses_and_hours(page):
    page.goto("/fr/contact/")
    page.emulate_media(media="print")

    assert not page.locator(".site-header").is_visible()
    assert page.locator("main address").first.is_visible()
    assert page.locator("main .opening-hours").first.is_visible()


def test_a_visitor_sends_a_message_from_the_shared_contact_page(page):
    # The second visit gets the copy every visitor shares: no CSRF token, no cookie.
    page.goto("/en/contact/")
    page.goto("/en/contact/")
    assert page.context.cookies() == []

    page.get_by_label("Your name").fill("Awa Diop")
    page.get_by_label("Your email address").fill("awa@example.org")
    page.get_by_label("Subject").select_option("volunteering")
    page.get_by_label("Your message").fill("I would like to help at Centre Gaïa.")
    page.get_by_label("I agree to Le Partenariat keeping this message").check()
    page.get_by_role("button", name="Send my message").click()

    assert "/en/contact/thank-you/" in page.url
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you for your message"
    message = ContactMessage.objects.get()
    assert (message.name, message.subject) == ("Awa Diop", "volunteering")


def test_a_form_on_another_site_cannot_post_to_the_contact_page(page, live_server):
    # A page of another origin, answered by the test itself: no request leaves the machine.
    form = f"""<form method="post" action="{live_server.url}/en/contact/">
      <input name="name" value="Forged"><input name="email" value="x@example.org">
      <input name="subject" value="general"><input name="message" value="Forged">
      <input name="consent" value="on"><button>Send</button></form>"""
    page.route(
        "http://elsewhere.example/",
        lambda route: route.fulfill(content_type="text/html", body=form),
    )
    page.goto("http://elsewhere.example/")

    page.get_by_role("button", name="Send").click()

    assert page.get_by_role("heading", level=1).inner_text() == (
        "This form was sent from another site"
    )
    assert ContactMessage.objects.count() == 0


def test_smooth_scrolling_stops_when_the_visitor_asks_for_reduced_motion(page):
    page.goto("/fr/histoire/")

    page.emulate_media(reduced_motion="no-preference")
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "smooth"
    page.emulate_media(reduced_motion="reduce")
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"


def test_a_phone_offers_the_other_language_in_its_own_language(page):
    page.goto("/fr/histoire/")

    switch = page.locator(".language-switcher a")
    assert switch.inner_text() == "English"
    assert switch.get_attribute("lang") == "en"
    switch.click()
    assert page.url.endswith("/en/history/")
    assert page.get_by_role("heading", level=1).inner_text() == "The history of the association"


def test_the_site_works_without_javascript(browser, live_server, seeded):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()

    page.goto("/fr/")
    menu = page.get_by_role("navigation", name="Menu principal")
    # The association's pages are grouped in a <details> that opens without JavaScript (#15).
    menu.get_by_text("L’association").click()
    menu.get_by_role("link", name="Notre histoire").click()
    assert page.url.endswith("/fr/histoire/")
    page.get_by_role("link", name="Les années 2010").click()
    assert page.url.endswith(f"#{page.locator(':target').get_attribute('id')}")
    context.close()
