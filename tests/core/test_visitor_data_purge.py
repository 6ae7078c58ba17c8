"""One purge for every kind of visitor data, by the retention each kind declares (#21)."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command

from contact.models import ContactMessage
from core.models import OutgoingMail
from core.purge import check_retention_declared
from newsletter.models import Subscription
from tests.factories import BookingRequestFactory, ContactMessageFactory, SubscriptionFactory
from workshops.models import BookingRequest

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2027, 6, 15, 12, 0, tzinfo=datetime.UTC)
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def purge_all():
    out = io.StringIO()
    call_command("purge_visitor_data", stdout=out)
    return out.getvalue()


def three_ages(retention_days, make):
    """Records done with exactly at the retention age, one second less, one second more."""
    limit = NOW - datetime.timedelta(days=retention_days)
    return {"at": make(limit), "younger": make(limit + SECOND), "older": make(limit - SECOND)}


def kept(model, records):
    pks = set(model.objects.values_list("pk", flat=True))
    return sorted(name for name, record in records.items() if record.pk in pks)


def test_a_handled_message_exactly_at_its_retention_age_is_kept_one_second_older_deleted():
    messages = three_ages(
        365,
        lambda moment: ContactMessageFactory(
            created_at=moment, status=ContactMessage.Status.HANDLED
        ),
    )

    assert "contact.ContactMessage: 1 deleted, done with for more than 365 days." in purge_all()
    assert kept(ContactMessage, messages) == ["at", "younger"]


def test_an_unconfirmed_address_follows_the_same_boundary_with_its_own_retention():
    subscriptions = three_ages(
        30,
        lambda moment: SubscriptionFactory(status=Subscription.Status.PENDING, consented_at=moment),
    )

    assert "newsletter.Subscription: 1 deleted, done with for more than 30 days." in purge_all()
    assert kept(Subscription, subscriptions) == ["at", "younger"]


def test_a_confirmed_booking_counts_from_the_end_of_its_workshop():
    bookings = three_ages(
        365,
        lambda moment: BookingRequestFactory(
            status=BookingRequest.Status.CONFIRMED,
            confirmed_start=moment - datetime.timedelta(hours=3),
            confirmed_end=moment,
            created_at=moment - datetime.timedelta(days=100),
        ),
    )

    assert "workshops.BookingRequest: 1 deleted, done with for more than 365 days." in purge_all()
    assert kept(BookingRequest, bookings) == ["at", "younger"]


def test_a_sent_email_is_kept_thirty_days_and_one_never_sent_for_ever():
    def mail(moment, **fields):
        return OutgoingMail.objects.create(
            to=["a@example.org"], subject="S", body="B", created_at=moment, **fields
        )

    sent = three_ages(30, lambda moment: mail(moment, sent_at=moment))
    never_sent = mail(NOW - datetime.timedelta(days=400))

    assert "core.OutgoingMail: 1 deleted, done with for more than 30 days." in purge_all()
    assert kept(OutgoingMail, sent) == ["at", "younger"]
    assert OutgoingMail.objects.filter(pk=never_sent.pk).exists()


def test_records_still_to_handle_are_never_purged_whatever_their_age():
    long_ago = NOW - datetime.timedelta(days=5000)
    ContactMessageFactory(created_at=long_ago, status=ContactMessage.Status.NEW)
    BookingRequestFactory(created_at=long_ago)
    SubscriptionFactory(consented_at=long_ago, created_at=long_ago)

    purge_all()

    assert ContactMessage.objects.count() == 1
    assert BookingRequest.objects.count() == 1
    assert Subscription.objects.count() == 1


def test_the_retention_is_read_from_the_settings_when_purging(settings):
    settings.CONTACT_RETENTION_DAYS = 10
    ContactMessageFactory(
        created_at=NOW - datetime.timedelta(days=11), status=ContactMessage.Status.HANDLED
    )

    assert "contact.ContactMessage: 1 deleted, done with for more than 10 days." in purge_all()


def test_the_old_command_names_run_the_same_purge():
    ContactMessageFactory(
        created_at=NOW - datetime.timedelta(days=366), status=ContactMessage.Status.HANDLED
    )
    out = io.StringIO()

    call_command("purge_contact_messages", stdout=out)

    assert out.getvalue() == "1 handled message(s) older than 365 days deleted.\n"
    assert ContactMessage.objects.count() == 0


def test_a_kind_of_visitor_data_without_a_retention_is_reported_by_the_checks(monkeypatch):
    assert check_retention_declared(None) == []
    monkeypatch.setattr(ContactMessage, "retention", None)

    [error] = check_retention_declared(None)

    assert error.id == "core.E021"
    assert error.msg == (
        "contact.ContactMessage is visitor data without a retention: give it "
        "`retention = Retention(...)` and a QuerySet method `purgeable(before)`."
    )
