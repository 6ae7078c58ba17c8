"""The newsletter's confirmation link and purge at their exact edges (#28), on both routes of the
link (the GET that shows the button, the POST that confirms)."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings

from newsletter.models import Subscription
from tests.factories import SubscriptionFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
SENT = datetime.datetime(2027, 3, 2, 10, tzinfo=UTC)
TICK = datetime.timedelta(microseconds=1)


def pending_with_link():
    subscription = SubscriptionFactory(
        status=Subscription.Status.PENDING, language="en", confirmation_sent_at=SENT
    )
    token = subscription.new_confirmation_token()
    subscription.save()
    return f"/en/newsletter/confirm/{token}/"


def test_the_link_exists_where_the_tests_look_for_it(client):
    # The URL contract: if it moved, every test below would pass for the wrong reason.
    with time_machine.travel(SENT, tick=False):
        assert client.get(pending_with_link()).status_code == 200


@pytest.mark.parametrize(
    ("moment", "works"),
    [
        # The link is valid for 7 days after the email went out, to the microsecond.
        (datetime.datetime(2027, 3, 9, 9, 59, 59, 999999, tzinfo=UTC), True),
        (datetime.datetime(2027, 3, 9, 10, tzinfo=UTC), False),
        (datetime.datetime(2027, 3, 9, 10, 0, 0, 1, tzinfo=UTC), False),
    ],
)
def test_the_confirmation_link_works_for_exactly_seven_days_by_get_and_by_post(
    client, moment, works
):
    path = pending_with_link()

    with time_machine.travel(moment, tick=False):
        shown = client.get(path)
        posted = client.post(path)

    assert (shown.status_code, posted.status_code) == ((200, 200) if works else (404, 404))
    expected = Subscription.Status.CONFIRMED if works else Subscription.Status.PENDING
    assert Subscription.objects.get().status == expected


def test_an_expired_link_posted_directly_confirms_no_one(client):
    path = pending_with_link()

    with time_machine.travel(datetime.datetime(2027, 3, 20, tzinfo=UTC), tick=False):
        response = client.post(path)

    assert response.status_code == 404
    subscription = Subscription.objects.get()
    assert (subscription.status, subscription.confirmed_at) == (Subscription.Status.PENDING, None)


NOW = datetime.datetime(2027, 6, 1, 12, tzinfo=UTC)


@override_settings(NEWSLETTER_UNCONFIRMED_DAYS=30)
def test_the_purge_deletes_only_what_is_older_than_the_setting():
    # 30 days before NOW is 2 May 2027 at 12:00 UTC.
    for email, status, moment in [
        ("pending-30-days-and-an-hour@example.org", "pending", datetime.datetime(2027, 5, 2, 11)),
        ("pending-exactly-30-days@example.org", "pending", datetime.datetime(2027, 5, 2, 12)),
        ("pending-29-days-23-h@example.org", "pending", datetime.datetime(2027, 5, 2, 13)),
        ("left-30-days-and-an-hour@example.org", "unsubscribed", datetime.datetime(2027, 5, 2, 11)),
        ("left-29-days-23-h@example.org", "unsubscribed", datetime.datetime(2027, 5, 2, 13)),
        ("confirmed-long-ago@example.org", "confirmed", datetime.datetime(2020, 1, 1)),
    ]:
        moment = moment.replace(tzinfo=UTC)
        SubscriptionFactory(
            email=email,
            status=status,
            consented_at=moment,
            unsubscribed_at=moment if status == "unsubscribed" else None,
        )
    out = io.StringIO()

    with time_machine.travel(NOW, tick=False):
        call_command("purge_newsletter_subscriptions", stdout=out)

    assert sorted(Subscription.objects.values_list("email", flat=True)) == [
        "confirmed-long-ago@example.org",
        "left-29-days-23-h@example.org",
        "pending-29-days-23-h@example.org",
        "pending-exactly-30-days@example.org",
    ]
    assert out.getvalue() == (
        "2 unconfirmed or unsubscribed address(es) older than 30 days deleted.\n"
    )
