import datetime

import pytest

from tests.factories import BookingRequestFactory, ClosureFactory
from tests.workshops.conftest import confirmed_at, fresh, paris
from workshops.models import BookingRequest
from workshops.slots import free_slots

pytestmark = pytest.mark.django_db

# A Monday evening: the first offered day is Tuesday 2 March 2027.
MONDAY_EVENING = paris(2027, 3, 1, 20, 0)


def starts_on(slots, day):
    return [slot.start.strftime("%H:%M") for slot in slots if slot.start.date() == day]


def test_each_opening_interval_that_holds_the_workshop_offers_one_slot(workshop):
    slots = free_slots(fresh(workshop), now=MONDAY_EVENING, weeks=1)

    assert starts_on(slots, datetime.date(2027, 3, 2)) == ["09:00", "14:00"]
    assert starts_on(slots, datetime.date(2027, 3, 6)) == ["09:00"]
    assert starts_on(slots, datetime.date(2027, 3, 7)) == []
    assert starts_on(slots, datetime.date(2027, 3, 8)) == []
    tuesday_morning = slots[0]
    assert (tuesday_morning.start, tuesday_morning.end) == (
        paris(2027, 3, 2, 9, 0),
        paris(2027, 3, 2, 12, 0),
    )


def test_a_workshop_longer_than_the_morning_is_only_offered_in_the_afternoon(workshop):
    workshop.duration_minutes = 240
    workshop.save()

    slots = free_slots(fresh(workshop), now=MONDAY_EVENING, weeks=1)

    assert starts_on(slots, datetime.date(2027, 3, 2)) == ["14:00"]
    assert starts_on(slots, datetime.date(2027, 3, 6)) == []


def test_no_slot_today_or_in_the_past(workshop):
    tuesday_morning = paris(2027, 3, 2, 8, 0)

    slots = free_slots(fresh(workshop), now=tuesday_morning, weeks=1)

    assert slots[0].start == paris(2027, 3, 3, 9, 0)


def test_slots_stop_after_the_booking_horizon(workshop):
    slots = free_slots(fresh(workshop), now=MONDAY_EVENING, weeks=2)

    assert slots[-1].start.date() == datetime.date(2027, 3, 13)


def test_a_closure_removes_every_slot_of_the_days_it_covers(workshop):
    ClosureFactory(
        place=workshop.place,
        start_date=datetime.date(2027, 3, 3),
        end_date=datetime.date(2027, 3, 4),
    )

    slots = free_slots(fresh(workshop), now=MONDAY_EVENING, weeks=1)

    assert starts_on(slots, datetime.date(2027, 3, 2)) == ["09:00", "14:00"]
    assert starts_on(slots, datetime.date(2027, 3, 3)) == []
    assert starts_on(slots, datetime.date(2027, 3, 4)) == []
    assert starts_on(slots, datetime.date(2027, 3, 5)) == ["09:00", "14:00"]


def test_public_holidays_offer_no_slot(workshop):
    # Ascension Day 2027 is Thursday 6 May; 8 May (Victory in Europe Day) is a Saturday.
    slots = free_slots(fresh(workshop), now=paris(2027, 5, 3, 12, 0), weeks=1)

    assert starts_on(slots, datetime.date(2027, 5, 6)) == []
    assert starts_on(slots, datetime.date(2027, 5, 8)) == []
    assert starts_on(slots, datetime.date(2027, 5, 7)) == ["09:00", "14:00"]


def test_a_confirmed_booking_takes_its_slot_and_only_that_one(workshop):
    confirmed_at(workshop, paris(2027, 3, 4, 9, 0))
    BookingRequestFactory(workshop=workshop, preferred_slots=[paris(2027, 3, 4, 14).isoformat()])
    BookingRequestFactory(
        workshop=workshop,
        status=BookingRequest.Status.DECLINED,
        preferred_slots=[paris(2027, 3, 5, 9).isoformat()],
    )

    slots = free_slots(fresh(workshop), now=MONDAY_EVENING, weeks=1)

    assert starts_on(slots, datetime.date(2027, 3, 4)) == ["14:00"]
    assert starts_on(slots, datetime.date(2027, 3, 5)) == ["09:00", "14:00"]


def test_a_booking_in_another_workshop_of_the_same_place_takes_the_slot_too(workshop):
    from tests.factories import WorkshopFactory

    other = WorkshopFactory(place=workshop.place, duration_minutes=120)
    confirmed_at(other, paris(2027, 3, 4, 9, 0))

    slots = free_slots(fresh(workshop), now=MONDAY_EVENING, weeks=1)

    assert starts_on(slots, datetime.date(2027, 3, 4)) == ["14:00"]


@pytest.mark.parametrize(
    ("now", "before", "after"),
    [
        # Summer time begins on Sunday 28 March 2027, ends on Sunday 31 October 2027.
        (paris(2027, 3, 22, 12), datetime.date(2027, 3, 23), datetime.date(2027, 3, 30)),
        (paris(2027, 10, 25, 12), datetime.date(2027, 10, 26), datetime.date(2027, 11, 2)),
    ],
)
def test_slots_keep_lille_wall_clock_times_across_daylight_saving_changes(
    workshop, now, before, after
):
    slots = free_slots(fresh(workshop), now=now, weeks=2)

    assert starts_on(slots, before) == starts_on(slots, after) == ["09:00", "14:00"]
    first = next(slot for slot in slots if slot.start.date() == before)
    second = next(slot for slot in slots if slot.start.date() == after)
    utc_hours = {
        first.start.astimezone(datetime.UTC).hour,
        second.start.astimezone(datetime.UTC).hour,
    }
    assert utc_hours == {7, 8}
    assert second.end - second.start == datetime.timedelta(hours=3)


def test_a_booking_confirmed_after_the_change_of_time_still_takes_its_slot(workshop):
    confirmed_at(workshop, paris(2027, 3, 30, 9, 0))

    slots = free_slots(fresh(workshop), now=paris(2027, 3, 22, 12), weeks=2)

    assert starts_on(slots, datetime.date(2027, 3, 30)) == ["14:00"]
    assert starts_on(slots, datetime.date(2027, 3, 23)) == ["09:00", "14:00"]


def test_the_slot_list_costs_one_query_once_the_place_hours_are_loaded(
    workshop, django_assert_num_queries
):
    loaded = fresh(workshop)
    with django_assert_num_queries(1):
        free_slots(loaded, now=MONDAY_EVENING)
