"""A message is never lost: stored with its email in the outbox, mailed off the request
path, and mailed again later while mail is down (#3, #21)."""

import datetime
import io
import time

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from contact.models import ContactMessage
from core.models import OutgoingMail
from core.outbox import retry_wait
from tests.contact.posts import contact_post
from tests.factories import ContactMessageFactory
from tests.outbox import send_outbox, wait_for_sending_threads

RECIPIENTS = ["accueil@lepartenariat.org", "direction@lepartenariat.org"]


@pytest.fixture(autouse=True)
def recipients(settings):
    settings.CONTACT_RECIPIENTS = RECIPIENTS


def post(client, message):
    return client.post(
        "/en/contact/", contact_post(name="Jane Doe", subject="volunteering", message=message)
    )


@pytest.mark.django_db
def test_the_notification_reaches_a_real_smtp_server_with_the_message(client, smtp_server):
    response = post(client, "I would like to volunteer on Saturdays.")
    send_outbox()

    assert response.status_code == 302
    [(recipients, email)] = smtp_server.messages
    assert recipients == RECIPIENTS
    assert email["Reply-To"] == "awa@example.org"
    assert email["Subject"] == "[Site web] Bénévolat – Jane Doe"
    assert "I would like to volunteer on Saturdays." in email.get_content()
    assert ContactMessage.objects.get().is_notified


@pytest.mark.django_db
def test_with_smtp_down_the_message_is_kept_and_its_email_retried_until_it_goes(
    client, smtp_server
):
    smtp_server.stop()
    start = timezone.now()

    with time_machine.travel(start, tick=False):
        response = post(client, "Sent while mail is down.")
        send_outbox()

    assert response.status_code == 302
    message = ContactMessage.objects.get()
    assert message.message == "Sent while mail is down."
    assert not message.is_notified
    mail_kept = OutgoingMail.objects.get()
    assert (mail_kept.attempts, mail_kept.sent_at) == (1, None)
    assert mail_kept.next_attempt_at == start + datetime.timedelta(minutes=1)
    assert "Connection refused" in mail_kept.last_error

    smtp_server.start()
    with time_machine.travel(start + datetime.timedelta(seconds=59), tick=False):
        send_outbox()
    # Not yet its turn: the server is left alone until the wait is over.
    assert smtp_server.messages == []

    with time_machine.travel(start + datetime.timedelta(seconds=60), tick=False):
        send_outbox()
    [(_recipients, email)] = smtp_server.messages
    assert "Sent while mail is down." in email.get_content()
    message.refresh_from_db()
    assert message.is_notified
    assert message.notified_at == start + datetime.timedelta(seconds=60)
    assert OutgoingMail.objects.get().sent_at == start + datetime.timedelta(seconds=60)


def test_the_wait_doubles_after_each_failure_up_to_six_hours():
    minutes = [retry_wait(attempts).total_seconds() / 60 for attempts in range(1, 12)]

    assert minutes == [1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360]


@pytest.mark.django_db
def test_the_command_sends_the_pending_notifications_now_whatever_their_wait(client, smtp_server):
    smtp_server.stop()
    post(client, "Waiting in the outbox.")
    send_outbox()
    smtp_server.start()
    out = io.StringIO()

    call_command("send_pending_notifications", stdout=out)

    assert "1 notification(s) sent, 0 still pending." in out.getvalue()
    [(_recipients, email)] = smtp_server.messages
    assert "Waiting in the outbox." in email.get_content()
    assert ContactMessage.objects.get().is_notified


@pytest.mark.django_db
def test_messages_older_than_the_outbox_are_sent_once_only(smtp_server):
    ContactMessageFactory(is_notified=False, message="Pending one")
    ContactMessageFactory(is_notified=True, message="Already sent")

    call_command("send_pending_notifications", stdout=io.StringIO())
    call_command("send_pending_notifications", stdout=io.StringIO())
    send_outbox()

    assert [email.get_content().count("Pending one") for _to, email in smtp_server.messages] == [1]


@pytest.mark.django_db
def test_the_command_fails_loudly_while_mail_is_still_down(smtp_server):
    smtp_server.stop()
    ContactMessageFactory(is_notified=False)

    with pytest.raises(SystemExit) as exit_info:
        call_command("send_pending_notifications", stdout=io.StringIO())

    assert exit_info.value.code == 1
    assert ContactMessage.objects.get().is_notified is False
    assert OutgoingMail.objects.pending().count() == 1


@pytest.mark.django_db
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


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("fresh_rate_limits")
def test_the_visitor_is_thanked_without_waiting_for_a_slow_mail_server(settings):
    settings.EMAIL_BACKEND = "tests.outbox.SlowMailBackend"
    client = Client()

    started = time.monotonic()
    response = client.post("/en/contact/", contact_post(message="Sent to a slow server."))
    answered_in = time.monotonic() - started

    assert response.status_code == 302
    # The server takes 3 s: the answer came long before, with the email still to go.
    assert answered_in < 2
    assert OutgoingMail.objects.get().sent_at is None
    assert ContactMessage.objects.get().message == "Sent to a slow server."

    wait_for_sending_threads()
    [email] = mail.outbox
    assert "Sent to a slow server." in email.body
    assert OutgoingMail.objects.get().sent_at is not None
    assert ContactMessage.objects.get().is_notified


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("fresh_rate_limits")
def test_with_smtp_down_the_thread_leaves_the_email_for_the_timer(smtp_server):
    smtp_server.stop()

    response = Client().post("/en/contact/", contact_post(message="Mail is down."))
    wait_for_sending_threads()

    assert response.status_code == 302
    kept = OutgoingMail.objects.get()
    assert (kept.attempts, kept.sent_at) == (1, None)
    assert ContactMessage.objects.get().is_notified is False
