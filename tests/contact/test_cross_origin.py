"""The contact form refuses posts from other sites by the browser's headers, not a token (#6)."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import URLResolver, get_resolver

from contact.models import ContactMessage
from tests.contact.posts import contact_post
from tests.outbox import send_outbox

pytestmark = pytest.mark.django_db

# What Django's test client is, seen from the view: http://testserver.
OWN_ORIGIN = "http://testserver"


@pytest.fixture(autouse=True)
def empty_rate_limit_counts():
    # The rate limit lives in the cache, which outlives a test's database transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def browser():
    # Django's token check on, as for a real visitor: the form must pass without a token.
    return Client(enforce_csrf_checks=True)


FROM_ANOTHER_SITE = [
    pytest.param(
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, id="cross-site"
    ),
    pytest.param(
        {"Sec-Fetch-Site": "same-site", "Origin": "http://blog.testserver"}, id="same-site"
    ),
    pytest.param({"Origin": "https://evil.example"}, id="older browser, Origin only"),
    pytest.param({"Origin": "null"}, id="sandboxed page"),
    pytest.param({"Origin": "https://testserver"}, id="another scheme"),
    pytest.param({"Origin": "http://testserver:8080"}, id="another port"),
]


@pytest.mark.parametrize("headers", FROM_ANOTHER_SITE)
def test_a_post_from_another_site_is_refused_and_nothing_is_stored(browser, headers):
    response = browser.post("/en/contact/", contact_post(), headers=headers)

    assert response.status_code == 403
    assert "This form was sent from another site" in response.content.decode()
    assert ContactMessage.objects.count() == 0
    send_outbox()
    assert mail.outbox == []


def test_the_refusal_is_in_french_on_the_french_page_and_shows_no_internals(browser):
    response = browser.post(
        "/fr/contact/",
        contact_post(),
        headers={"Sec-Fetch-Site": "cross-site", "Origin": "https://x.example"},
    )
    html = response.content.decode()

    assert response.status_code == 403
    assert "Ce formulaire a été envoyé depuis un autre site" in html
    assert '<a href="/fr/contact/">' in html
    assert "CSRF" not in html and "Traceback" not in html


def test_a_refused_post_is_logged_with_what_the_browser_said(browser, caplog):
    browser.post(
        "/en/contact/",
        contact_post(),
        headers={"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
    )

    [record] = [r for r in caplog.records if r.name == "django.security.csrf"]
    assert record.levelname == "WARNING"
    assert "'https://evil.example'" in record.getMessage()
    assert "'cross-site'" in record.getMessage()
    assert record.status_code == 403


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"Sec-Fetch-Site": "same-origin", "Origin": OWN_ORIGIN}, id="browser"),
        pytest.param({"Sec-Fetch-Site": "same-origin"}, id="Sec-Fetch-Site only"),
        pytest.param({"Origin": OWN_ORIGIN}, id="older browser, Origin only"),
        pytest.param({"Sec-Fetch-Site": "none"}, id="typed by the visitor"),
        pytest.param({}, id="no browser"),
    ],
)
def test_a_post_from_the_sites_own_page_is_stored(browser, headers):
    response = browser.post("/en/contact/", contact_post(), headers=headers)

    assert response.status_code == 302
    assert response.url == "/en/contact/thank-you/"
    assert ContactMessage.objects.get().name == "Awa Diop"
    send_outbox()
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("trusted", "headers"),
    [
        # Behind a proxy that hides the public address from Django.
        (["https://www.lepartenariat.org"], {"Origin": "https://www.lepartenariat.org"}),
        (
            ["https://*.lepartenariat.org"],
            {"Sec-Fetch-Site": "same-site", "Origin": "https://dons.lepartenariat.org"},
        ),
    ],
)
def test_an_origin_of_csrf_trusted_origins_is_accepted(browser, settings, trusted, headers):
    settings.CSRF_TRUSTED_ORIGINS = trusted

    response = browser.post("/en/contact/", contact_post(), headers=headers)

    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1


def test_an_origin_merely_ending_like_a_trusted_one_is_refused(browser, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.lepartenariat.org"]

    response = browser.post(
        "/en/contact/", contact_post(), headers={"Origin": "https://evil-lepartenariat.org"}
    )

    assert response.status_code == 403
    assert ContactMessage.objects.count() == 0


def test_only_the_anonymous_public_forms_go_without_djangos_csrf_token():
    def views(resolver):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                yield from views(pattern)
            else:
                yield pattern.callback

    exempt = {
        f"{view.__module__}.{view.__qualname__}"
        for view in views(get_resolver())
        if getattr(view, "csrf_exempt", False)
    }

    # The contact form and the newsletter's (#17), each checked by core.cross_origin instead.
    assert exempt == {
        "contact.views.contact",
        "newsletter.views.subscribe",
        "newsletter.views.confirm",
        "newsletter.views.unsubscribe",
    }
