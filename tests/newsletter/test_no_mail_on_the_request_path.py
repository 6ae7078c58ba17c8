"""A sign-up is answered without waiting for the mail server, whether the address is
unknown or already subscribed: the answer's timing tells no one who subscribes (#22 item 7).
"""

import time

import pytest
from django.core import mail
from django.test import Client

from core.models import OutgoingMail
from newsletter.models import Subscription
from tests.factories import SubscriptionFactory
from tests.outbox import wait_for_sending_threads

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("fresh_rate_limits")]


def timed_sign_up(email):
    started = time.monotonic()
    response = Client().post("/en/newsletter/", {"email": email, "website": ""})
    return response, time.monotonic() - started


def test_a_confirmed_address_and_an_unknown_one_are_answered_alike_without_smtp(settings):
    settings.EMAIL_BACKEND = "tests.outbox.SlowMailBackend"
    SubscriptionFactory(email="known@example.org", status=Subscription.Status.CONFIRMED)

    known, known_took = timed_sign_up("known@example.org")
    unknown, unknown_took = timed_sign_up("new@example.org")

    assert (known.status_code, known.url) == (302, "/en/newsletter/thank-you/")
    assert (unknown.status_code, unknown.url) == (302, "/en/newsletter/thank-you/")
    # The mail server takes 3 s to answer: neither answer waited for it.
    assert known_took < 2 and unknown_took < 2
    [pending] = OutgoingMail.objects.all()
    assert pending.to == ["new@example.org"] and pending.sent_at is None

    wait_for_sending_threads()
    assert [email.to for email in mail.outbox] == [["new@example.org"]]
    assert Subscription.objects.get(email="new@example.org").confirmation_sent_at is not None


def test_with_the_mail_server_down_both_are_answered_alike_and_the_email_kept(smtp_server):
    smtp_server.stop()
    SubscriptionFactory(email="known@example.org", status=Subscription.Status.CONFIRMED)

    known, _took = timed_sign_up("known@example.org")
    unknown, _took = timed_sign_up("new@example.org")
    wait_for_sending_threads()

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    [kept] = OutgoingMail.objects.all()
    assert (kept.to, kept.attempts, kept.sent_at) == (["new@example.org"], 1, None)
