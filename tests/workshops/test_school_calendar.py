"""Classes come on school days: a place following a zone of the French school calendar offers
no slot in its school holidays, at weekends or on public holidays, unless staff open the day
(#26)."""

import datetime

import pytest

from tests.workshops.conftest import fresh, paris
from workshops.models import BookableDay
from workshops.slots import free_slots

pytestmark = pytest.mark.django_db

# Monday 15 February 2027, evening. Zone B's winter holidays run from Saturday 20 February
# to Sunday 7 March 2027 (the official calendar, as vacances-scolaires-france ships it).
MONDAY_EVENING = paris(2027, 2, 15, 20, 0)


@pytest.fixture
def lille_workshop(workshop):
    workshop.place.school_zone = "B"
    workshop.place.save()
    return workshop


def days_offered(slots):
    return sorted({slot.start.date() for slot in slots})


def test_only_school_days_outside_lilles_holidays_are_offered(lille_workshop):
    slots = free_slots(fresh(lille_workshop), now=MONDAY_EVENING, weeks=4)

    assert days_offered(slots) == [
        datetime.date(2027, 2, 16),
        datetime.date(2027, 2, 17),
        datetime.date(2027, 2, 18),
        datetime.date(2027, 2, 19),
        datetime.date(2027, 3, 9),
        datetime.date(2027, 3, 10),
        datetime.date(2027, 3, 11),
        datetime.date(2027, 3, 12),
    ]


def test_a_day_staff_open_is_offered_even_in_the_holidays_or_on_a_saturday(lille_workshop):
    for day in (datetime.date(2027, 2, 23), datetime.date(2027, 3, 13)):
        BookableDay.objects.create(place=lille_workshop.place, day=day, note="Stage d’hiver")

    slots = free_slots(fresh(lille_workshop), now=paris(2027, 2, 22, 20, 0), weeks=3)

    assert datetime.date(2027, 2, 23) in days_offered(slots)
    assert datetime.date(2027, 3, 13) in days_offered(slots)
    assert datetime.date(2027, 2, 24) not in days_offered(slots)


def test_a_public_holiday_in_term_time_is_not_offered(lille_workshop):
    # Easter Monday is closed anyway; Thursday 11 November 2027 (Armistice) falls in term.
    slots = free_slots(fresh(lille_workshop), now=paris(2027, 11, 8, 20, 0), weeks=1)

    assert datetime.date(2027, 11, 10) in days_offered(slots)
    assert datetime.date(2027, 11, 11) not in days_offered(slots)


def test_a_place_following_no_school_calendar_offers_every_opening(workshop):
    slots = free_slots(fresh(workshop), now=MONDAY_EVENING, weeks=2)

    assert datetime.date(2027, 2, 20) in days_offered(slots)
    assert datetime.date(2027, 2, 23) in days_offered(slots)


def test_the_slot_list_still_costs_one_query(lille_workshop, django_assert_num_queries):
    BookableDay.objects.create(place=lille_workshop.place, day=datetime.date(2027, 2, 23))
    loaded = fresh(lille_workshop)

    with django_assert_num_queries(1):
        free_slots(loaded, now=MONDAY_EVENING)
