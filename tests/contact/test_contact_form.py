"""The contact form: a valid message is stored, then notified; bad input gets a clear answer."""

import uuid

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils.html import escape

from contact.models import ContactMessage
from tests.contact.posts import contact_post
from tests.outbox import send_outbox

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_rate_limit_counts():
    # The rate limit lives in the cache, which outlives a test's database transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def recipients(settings):
    settings.CONTACT_RECIPIENTS = ["accueil@lepartenariat.org"]


def valid(**overrides):
    return contact_post(
        **{
            "name": "Jane Doe",
            "email": "jane@example.org",
            "subject": "workshop",
            "message": "Hello, could my class visit Centre Gaïa in May?",
            **overrides,
        }
    )


def test_a_visitor_writing_in_english_gets_an_english_thank_you(client):
    response = client.post("/en/contact/", valid(), follow=True)

    assert response.redirect_chain == [("/en/contact/thank-you/", 302)]
    assert "Thank you for your message" in response.content.decode()
    message = ContactMessage.objects.get()
    assert (message.name, message.language, message.subject) == ("Jane Doe", "en", "workshop")
    assert message.status == ContactMessage.Status.NEW
    assert message.consent is True


def test_a_french_visitor_is_thanked_in_french(client):
    response = client.post("/fr/contact/", valid(), follow=True)

    assert response.redirect_chain == [("/fr/contact/merci/", 302)]
    assert "Merci pour votre message" in response.content.decode()
    assert ContactMessage.objects.get().language == "fr"


def test_reception_gets_the_message_by_email_with_a_reply_to_the_visitor(client):
    client.post("/en/contact/", valid())

    send_outbox()
    [email] = mail.outbox
    assert email.to == ["accueil@lepartenariat.org"]
    assert email.reply_to == ["jane@example.org"]
    assert email.subject == "[Site web] Atelier scolaire au Centre Gaïa – Jane Doe"
    assert "Hello, could my class visit Centre Gaïa in May?" in email.body
    assert "Écrit en\u00a0: Anglais" in email.body
    message = ContactMessage.objects.get()
    assert message.is_notified and message.notified_at is not None


def test_posting_the_same_form_twice_stores_and_sends_it_once(client):
    data = valid()

    client.post("/en/contact/", data)
    second = client.post("/en/contact/", data)

    assert second.status_code == 302
    assert ContactMessage.objects.count() == 1
    send_outbox()
    assert len(mail.outbox) == 1


def test_reloading_the_thank_you_page_sends_nothing_more(client):
    response = client.post("/en/contact/", valid())
    client.get(response.url)
    client.get(response.url)

    assert ContactMessage.objects.count() == 1


def test_a_missing_or_mangled_token_does_not_cost_the_message(client):
    client.post("/en/contact/", valid(token=None))
    client.post("/en/contact/", valid(token="not-a-uuid", name="Second"))

    assert ContactMessage.objects.count() == 2


def test_the_form_links_its_consent_box_to_the_privacy_notice(client):
    html = client.get("/en/contact/").content.decode()

    assert '<a href="/en/privacy/">What we keep, for how long and who reads it' in html
    assert 'aria-describedby="id_consent_helptext"' in html


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client):
    html = client.get("/fr/contact/").content.decode()

    assert '<div class="hp" aria-hidden="true">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


def test_the_page_loads_nothing_from_another_host(client):
    html = client.get("/fr/contact/").content.decode()

    assert "src=" not in html.replace('src="/static/', "")
    assert "<script>" not in html


BAD_INPUT = [
    pytest.param({"name": None}, "name", "Enter your name.", id="missing name"),
    pytest.param({"email": ""}, "email", "Enter your email address.", id="missing email"),
    pytest.param({"message": ""}, "message", "Write your message.", id="missing message"),
    pytest.param({"subject": None}, "subject", "Choose a subject.", id="missing subject"),
    pytest.param(
        {"consent": None}, "consent", "Tick this box so that we may keep", id="no consent"
    ),
    pytest.param(
        {"message": "x" * 100_000},
        "message",
        "Shorten your message to 5000 characters at most (it has 100000).",
        id="100 KB message",
    ),
    pytest.param(
        {"name": "n" * 500}, "name", "Shorten your name to 120 characters at most.", id="long name"
    ),
    pytest.param(
        {"email": "jane@@example"}, "email", "Enter a valid email address.", id="invalid email"
    ),
    pytest.param(
        {"email": "jane@example.org\r\nBcc: all@example.org"},
        "email",
        "Enter a valid email address.",
        id="CRLF in email",
    ),
    pytest.param(
        {"name": "Jane\r\nBcc: all@example.org"},
        "name",
        "Write this on a single line.",
        id="CRLF in name",
    ),
    pytest.param(
        {"subject": "general\r\nBcc: all@example.org"},
        "subject",
        "Select a valid choice.",
        id="CRLF in subject",
    ),
    pytest.param(
        {"message": "Hello\x00world"},
        "message",
        "Null characters are not allowed.",
        id="NUL byte in message",
    ),
    pytest.param(
        {"subject": "<script>alert(1)</script>"},
        "subject",
        "Select a valid choice.",
        id="script as subject",
    ),
]


@pytest.mark.parametrize(("change", "field", "error"), BAD_INPUT)
def test_bad_input_is_refused_with_an_error_next_to_the_field(client, change, field, error):
    response = client.post("/en/contact/", valid(**change))
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<p class="field-error" id="id_{field}_error">' in html
    assert error in html
    assert f'aria-describedby="id_{field}' in html and f"id_{field}_error" in html
    assert ContactMessage.objects.count() == 0
    send_outbox()
    assert mail.outbox == []


def test_errors_are_in_french_on_the_french_page(client):
    html = client.post("/fr/contact/", valid(email="pas-une-adresse")).content.decode()

    assert "Saisissez une adresse de courriel valide." in html
    assert "Votre message n’est pas encore envoyé" in html


def test_the_error_summary_takes_focus_and_links_to_each_field(client):
    html = client.post("/en/contact/", valid(name=None, email="nope")).content.decode()

    assert '<div class="error-summary" id="form-errors" tabindex="-1" autofocus' in html
    assert '<a href="#id_name">Enter your name.</a>' in html
    assert '<a href="#id_email">Enter a valid email address.</a>' in html
    # What the visitor typed is kept, so nothing has to be written again.
    assert "Hello, could my class visit Centre Gaïa in May?" in html


def test_a_crlf_in_the_message_is_kept_as_text_and_injects_no_header(client):
    text = "First line\r\nBcc: all@example.org\r\n\r\nSecond paragraph"

    client.post("/en/contact/", valid(message=text))

    send_outbox()
    [email] = mail.outbox
    assert email.bcc == []
    assert email.message()["Bcc"] is None
    assert "Second paragraph" in email.body
    assert "Bcc: all@example.org" in ContactMessage.objects.get().message


@pytest.mark.parametrize(
    "payload",
    ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">', "<b>bold</b> & co"],
)
def test_html_and_script_payloads_are_stored_as_text_and_shown_escaped(
    client, staff_client, payload
):
    client.post("/en/contact/", valid(name=f"Eve {payload}", message=payload))

    message = ContactMessage.objects.get()
    assert message.message == payload
    admin_html = staff_client.get(
        f"/admin/contact/contactmessage/{message.pk}/change/"
    ).content.decode()
    assert payload not in admin_html
    assert escape(payload) in admin_html


def test_a_filled_honeypot_is_thanked_but_nothing_is_stored_or_sent(client):
    response = client.post("/en/contact/", valid(website="https://spam.example"))

    assert response.status_code == 302
    assert response.url == "/en/contact/thank-you/"
    assert ContactMessage.objects.count() == 0
    send_outbox()
    assert mail.outbox == []


def test_a_burst_of_posts_is_stopped_with_a_translated_429_keeping_the_text(client, settings):
    settings.CONTACT_RATE_LIMIT = 3
    settings.CONTACT_RATE_WINDOW = 600

    for _attempt in range(3):
        assert client.post("/en/contact/", valid()).status_code == 302
    refused = client.post("/en/contact/", valid(message="The fourth one"))
    refused_fr = client.post("/fr/contact/", valid(message="Le cinquième"))

    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
    assert "Please try again in 10 minutes" in refused.content.decode()
    assert "The fourth one" in refused.content.decode()
    assert refused_fr.status_code == 429
    assert "Réessayez dans 10 minutes" in refused_fr.content.decode()
    assert ContactMessage.objects.count() == 3
    send_outbox()
    assert len(mail.outbox) == 3


def test_the_limit_is_per_client(client, settings):
    settings.CONTACT_RATE_LIMIT = 1

    first = client.post("/en/contact/", valid(), REMOTE_ADDR="192.0.2.1")
    other = client.post("/en/contact/", valid(), REMOTE_ADDR="192.0.2.2")
    again = client.post("/en/contact/", valid(), REMOTE_ADDR="192.0.2.1")

    assert (first.status_code, other.status_code, again.status_code) == (302, 302, 429)


def test_behind_a_trusted_proxy_the_client_is_read_from_x_forwarded_for(client, settings):
    settings.CONTACT_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1

    def post(forwarded):
        return client.post(
            "/en/contact/", valid(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded
        ).status_code

    # A client cannot escape the limit by making up addresses on the left.
    assert post("203.0.113.7") == 302
    assert post("198.51.100.1, 203.0.113.7") == 429
    assert post("203.0.113.8") == 302


def test_two_different_messages_under_one_token_are_both_kept(client):
    # As when a cache serves one copy of the form, token included, to two visitors.
    token = str(uuid.uuid4())

    client.post("/en/contact/", valid(token=token, email="first@example.org"))
    client.post("/en/contact/", valid(token=token, email="second@example.org"))

    assert sorted(ContactMessage.objects.values_list("email", flat=True)) == [
        "first@example.org",
        "second@example.org",
    ]
    send_outbox()
    assert len(mail.outbox) == 2
