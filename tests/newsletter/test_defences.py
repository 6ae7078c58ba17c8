"""The sign-up form has the contact form's defences, and sits in every page's footer."""

import pytest
from django.core.cache import cache

from newsletter.models import Subscription
from tests.outbox import send_outbox

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def post(client, email="awa@example.org", path="/fr/lettre/", **headers):
    return client.post(path, {"email": email, "website": ""}, headers=headers)


def test_past_the_limit_a_client_gets_429_and_nothing_is_stored(client, settings, mailoutbox):
    settings.NEWSLETTER_RATE_LIMIT = 2
    post(client, "one@example.org")
    post(client, "two@example.org")

    response = post(client, "three@example.org")

    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.NEWSLETTER_RATE_WINDOW)
    assert "Plusieurs inscriptions sont venues de votre connexion" in response.content.decode()
    assert sorted(Subscription.objects.values_list("email", flat=True)) == [
        "one@example.org",
        "two@example.org",
    ]


def test_a_post_from_another_site_is_refused(client):
    response = post(client, Origin="https://evil.example", **{"Sec-Fetch-Site": "cross-site"})

    assert response.status_code == 403
    assert not Subscription.objects.exists()


def test_a_robot_filling_the_hidden_field_is_thanked_and_nothing_is_stored(client, mailoutbox):
    response = client.post("/fr/lettre/", {"email": "bot@example.org", "website": "spam"})

    assert response.status_code == 302
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_an_address_with_a_line_break_cannot_add_mail_headers(client, mailoutbox):
    response = post(client, "awa@example.org\nBcc: many@example.org")

    assert response.status_code == 200
    assert "Saisissez une adresse e-mail" in response.content.decode()
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_a_wrong_address_gets_a_translated_error_in_each_language(client):
    french = post(client, "pas-une-adresse").content.decode()
    english = post(client, "not-an-address", path="/en/newsletter/").content.decode()

    assert "Votre inscription n’est pas encore prise en compte" in french
    assert "Enter an email address such as camille@example.org." in english


def test_every_page_has_the_footer_form_without_a_per_visitor_token(client, seeded):
    for path in ("/fr/", "/en/history/", "/fr/contact/"):
        response = client.get(path)
        html = response.content.decode()

        assert 'action="/fr/lettre/"' in html or 'action="/en/newsletter/"' in html
        assert 'id="footer-newsletter-email"' in html
        assert "csrfmiddlewaretoken" not in html
        assert "public" in response["Cache-Control"]


def test_the_footer_form_signs_up_from_any_page(client, mailoutbox):
    response = client.post(
        "/en/newsletter/",
        {"email": "footer@example.org", "website": ""},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )

    assert response.status_code == 302
    assert Subscription.objects.get().email == "footer@example.org"
    send_outbox()
    assert len(mailoutbox) == 1
