"""Sign-up, confirmation and unsubscription through the links of real emails (#17)."""

import io
import logging
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from newsletter.models import Subscription
from tests.outbox import send_outbox

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email="awa@example.org", language="en", **extra):
    path = "/en/newsletter/" if language == "en" else "/fr/lettre/"
    return client.post(path, {"email": email, "website": "", **extra})


def link(email_message, words):
    """The address of the link in the email's text that follows `words`."""
    text = email_message.get_content()
    return urlsplit(re.search(re.escape(words) + r"[^\n]*\n?(http\S+)", text).group(1)).path


def test_the_whole_round_trip_through_the_links_of_the_emails(client, smtp_server):
    response = sign_up(client, "Awa@Example.org")

    assert response.status_code == 302
    assert response.url == "/en/newsletter/thank-you/"
    assert "Check your inbox" in client.get(response.url).content.decode()
    send_outbox()
    [(recipients, email)] = smtp_server.messages
    assert recipients == ["awa@example.org"]
    assert email["Subject"] == "Confirm your subscription to the newsletter of Le Partenariat"
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Subscription.objects.get().status == Subscription.Status.PENDING

    confirm_path = link(email, "open this link within 7 days:")
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "Confirm my subscription" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    # Opening the link (as mail scanners do) confirms nothing: the button does.
    assert Subscription.objects.get().status == Subscription.Status.PENDING

    confirmed = client.post(confirm_path)
    assert "You are subscribed" in confirmed.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.status == Subscription.Status.CONFIRMED
    assert subscription.confirmed_at is not None
    assert subscription.language == "en"
    assert "I agree to receive the newsletter" in subscription.consent_text

    # The link works once.
    again = client.post(confirm_path)
    assert again.status_code == 404
    assert "This link no longer works" in again.content.decode()

    unsubscribe_path = link(email, "To unsubscribe at any time:")
    assert "Unsubscribe me" in client.get(unsubscribe_path).content.decode()
    done = client.post(unsubscribe_path)
    assert "You are unsubscribed" in done.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.UNSUBSCRIBED


def test_the_one_click_unsubscription_of_mail_programs_works_without_a_browser(client, smtp_server):
    sign_up(client)
    send_outbox()
    [(_recipients, email)] = smtp_server.messages
    # Parsed back, a folded header keeps the space of its fold.
    header = email["List-Unsubscribe"].strip()
    assert header.startswith("<http") and header.endswith(">")

    # RFC 8058: the mail program posts this body to the header's address, with no Origin.
    response = client.post(
        urlsplit(header[1:-1]).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert Subscription.objects.get().status == Subscription.Status.UNSUBSCRIBED


def test_the_email_is_in_the_visitor_s_language(client, smtp_server):
    sign_up(client, language="fr")

    send_outbox()
    [(_recipients, email)] = smtp_server.messages
    assert (
        email["Subject"].strip()
        == "Confirmez votre abonnement à la lettre d’information du Partenariat"
    )
    assert "/fr/lettre/confirmer/" in email.get_content()
    assert "/fr/lettre/desinscription/" in email["List-Unsubscribe"]


def test_with_mail_down_the_address_is_kept_and_the_confirmation_sent_later(
    client, smtp_server, caplog
):
    smtp_server.stop()

    with caplog.at_level(logging.ERROR, logger="core.outbox"):
        response = sign_up(client)
        send_outbox()

    assert response.status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.confirmation_sent_at is None
    assert "not sent, tried again later" in caplog.text

    smtp_server.start()
    out = io.StringIO()
    call_command("send_pending_confirmations", stdout=out)

    assert "1 confirmation(s) sent, 0 still pending." in out.getvalue()
    [(_recipients, email)] = smtp_server.messages
    client.post(link(email, "open this link within 7 days:"))
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED


def test_the_retry_command_fails_loudly_while_mail_is_still_down(client, smtp_server):
    smtp_server.stop()
    sign_up(client)

    with pytest.raises(SystemExit) as exit_info:
        call_command("send_pending_confirmations", stdout=io.StringIO())

    assert exit_info.value.code == 1


def test_a_confirmed_address_signing_up_again_gets_the_same_answer_and_no_email(
    client, smtp_server
):
    sign_up(client)
    send_outbox()
    [(_recipients, email)] = smtp_server.messages
    client.post(link(email, "open this link within 7 days:"))

    again = sign_up(client, "AWA@example.org")
    send_outbox()

    assert again.status_code == 302 and again.url == "/en/newsletter/thank-you/"
    assert len(smtp_server.messages) == 1
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED


def test_signing_up_again_while_pending_sends_a_new_link_and_the_old_one_stops_working(
    client, smtp_server
):
    sign_up(client)
    send_outbox()
    sign_up(client)
    send_outbox()

    [(_to, first), (_to2, second)] = smtp_server.messages
    old, new = (link(m, "open this link within 7 days:") for m in (first, second))
    assert client.post(old).status_code == 404
    assert client.post(new).status_code == 200
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED


def test_the_confirmation_link_expires_after_a_week(client, smtp_server):
    sign_up(client)
    send_outbox()
    [(_recipients, email)] = smtp_server.messages

    with time_machine.travel(timezone.now() + timezone.timedelta(days=8)):
        response = client.get(link(email, "open this link within 7 days:"))

    assert response.status_code == 404
    assert Subscription.objects.get().status == Subscription.Status.PENDING


def test_a_forged_unsubscription_link_is_refused(client):
    response = client.post("/en/newsletter/unsubscribe/00000000000000000000000000000000:fake/")

    assert response.status_code == 404
