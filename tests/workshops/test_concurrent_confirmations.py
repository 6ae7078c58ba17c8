"""Two staff confirming at the same instant: real transactions on PostgreSQL.

SQLite serialises every write to the file, so two transactions never overlap there and the
race cannot happen; these tests need PostgreSQL's concurrent transactions.
"""

import threading

import pytest
from django.db import connection, connections
from django.db.models.signals import pre_save

from tests.factories import BookingRequestFactory
from tests.workshops.conftest import paris
from workshops.models import BookingRequest
from workshops.services import AlreadyAnswered, SlotTaken, booking_confirm

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite never runs two write transactions at once",
    ),
]

THURSDAY_MORNING = paris(2027, 3, 4, 9, 0)


def race(calls, barrier_in_save=False):
    """Runs each call in its own thread and database connection; returns what each ended with."""
    barrier = threading.Barrier(len(calls), timeout=10)
    outcomes = [None] * len(calls)

    def wait_inside_transaction(sender, instance, **kwargs):
        # Both transactions have read and checked their row: now they write together.
        barrier.wait()

    if barrier_in_save:
        pre_save.connect(wait_inside_transaction, sender=BookingRequest)

    def run(index, call):
        try:
            if not barrier_in_save:
                barrier.wait()
            outcomes[index] = call()
        except Exception as error:
            outcomes[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        pre_save.disconnect(wait_inside_transaction, sender=BookingRequest)
    return outcomes


def test_two_staff_confirming_two_groups_in_one_slot_end_with_one_confirmation(workshop):
    first, second = (
        BookingRequestFactory(workshop=workshop, preferred_slots=[THURSDAY_MORNING.isoformat()])
        for _index in range(2)
    )

    outcomes = race(
        [
            lambda: booking_confirm(booking=first, start=THURSDAY_MORNING),
            lambda: booking_confirm(booking=second, start=THURSDAY_MORNING),
        ],
        barrier_in_save=True,
    )

    refusals = [outcome for outcome in outcomes if isinstance(outcome, SlotTaken)]
    confirmations = [outcome for outcome in outcomes if isinstance(outcome, BookingRequest)]
    assert len(confirmations) == 1 and len(refusals) == 1, outcomes
    assert "Un autre groupe est déjà confirmé sur ce créneau" in refusals[0].messages[0]
    statuses = sorted(BookingRequest.objects.values_list("status", flat=True))
    assert statuses == [BookingRequest.Status.CONFIRMED, BookingRequest.Status.NEW]


def test_two_staff_confirming_one_request_at_once_confirm_it_once(workshop):
    friday = paris(2027, 3, 5, 9, 0)
    booking = BookingRequestFactory(
        workshop=workshop,
        preferred_slots=[THURSDAY_MORNING.isoformat(), friday.isoformat()],
    )

    outcomes = race(
        [
            lambda: booking_confirm(booking=booking, start=THURSDAY_MORNING),
            lambda: booking_confirm(booking=booking, start=friday),
        ]
    )

    assert sum(isinstance(outcome, BookingRequest) for outcome in outcomes) == 1, outcomes
    assert sum(isinstance(outcome, AlreadyAnswered) for outcome in outcomes) == 1, outcomes
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.CONFIRMED
