"""A message is never lost: stored first, then mailed; mailed later when mail was down."""

import io
import logging
import uuid

import pytest
from django.core.cache import cache
from django.core.management import call_command

from contact.models import ContactMessage
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def setup(settings):
    settings.CONTACT_RECIPIENTS = ["accueil@lepartenariat.org", "direction@lepartenariat.org"]
    cache.clear()
    yield
    cache.clear()


def post(client, message):
    return client.post(
        "/en/contact/",
        {
            "name": "Jane Doe",
            "email": "jane@example.org",
            "subject": "volunteering",
            "message": message,
            "consent": "on",
            "token": str(uuid.uuid4()),
        },
    )


def test_the_notification_reaches_a_real_smtp_server_with_the_message(client, smtp_server):
    response = post(client, "I would like to volunteer on Saturdays.")

    assert response.status_code == 302
    [(recipients, email)] = smtp_server.messages
    assert recipients == ["accueil@lepartenariat.org", "direction@lepartenariat.org"]
    assert email["Reply-To"] == "jane@example.org"
    assert email["Subject"] == "[Site web] Bénévolat – Jane Doe"
    assert "I would like to volunteer on Saturdays." in email.get_content()
    assert ContactMessage.objects.get().is_notified


def test_with_smtp_down_the_visitor_is_thanked_and_the_message_kept_for_later(
    client, smtp_server, caplog
):
    smtp_server.stop()

    with caplog.at_level(logging.ERROR, logger="contact.services"):
        response = post(client, "Sent while mail is down.")

    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
    message = ContactMessage.objects.get()
    assert message.message == "Sent while mail is down."
    assert not message.is_notified and message.notified_at is None
    assert f"Contact message {message.pk} kept but not notified" in caplog.text

    smtp_server.start()
    out = io.StringIO()
    call_command("send_pending_notifications", stdout=out)

    [(_recipients, email)] = smtp_server.messages
    assert "Sent while mail is down." in email.get_content()
    message.refresh_from_db()
    assert message.is_notified and message.notified_at is not None
    assert "1 notification(s) sent, 0 still pending." in out.getvalue()


def test_pending_notifications_are_sent_once_only(smtp_server):
    ContactMessageFactory(is_notified=False, message="Pending one")
    ContactMessageFactory(is_notified=True, message="Already sent")

    call_command("send_pending_notifications", stdout=io.StringIO())
    call_command("send_pending_notifications", stdout=io.StringIO())

    assert [email.get_content().count("Pending one") for _to, email in smtp_server.messages] == [1]


def test_the_command_fails_loudly_while_mail_is_still_down(smtp_server):
    smtp_server.stop()
    ContactMessageFactory(is_notified=False)

    with pytest.raises(SystemExit) as exit_info:
        call_command("send_pending_notifications", stdout=io.StringIO())

    assert exit_info.value.code == 1
    assert ContactMessage.objects.get().is_notified is False


def test_staff_resend_pending_notifications_from_the_inbox(staff_client, smtp_server):
    pending = ContactMessageFactory(is_notified=False, message="Waiting for mail")
    done = ContactMessageFactory(is_notified=True, message="Already sent")

    response = staff_client.post(
        "/admin/contact/contactmessage/",
        {"action": "send_notification", "_selected_action": [pending.pk, done.pk]},
        follow=True,
    )

    assert "1 e-mail envoyé." in response.content.decode()
    [(_recipients, email)] = smtp_server.messages
    assert "Waiting for mail" in email.get_content()
    pending.refresh_from_db()
    assert pending.is_notified
