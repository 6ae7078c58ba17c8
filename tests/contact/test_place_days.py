import datetime

import pytest

from contact.models import Place
from tests.factories import ClosureFactory, OpeningHoursFactory, PlaceFactory

pytestmark = pytest.mark.django_db

TUESDAY = datetime.date(2027, 3, 30)
EASTER_MONDAY = datetime.date(2027, 3, 29)


def fresh(place):
    return Place.objects.with_hours().get(pk=place.pk)


def test_a_day_has_its_weekday_intervals_in_order():
    place = PlaceFactory()
    OpeningHoursFactory(place=place, weekday=1, opens=datetime.time(14), closes=datetime.time(18))
    OpeningHoursFactory(place=place, weekday=1, opens=datetime.time(9), closes=datetime.time(12))

    intervals = fresh(place).intervals_on(TUESDAY)

    assert [(i.opens.hour, i.closes.hour) for i in intervals] == [(9, 12), (14, 18)]


def test_a_closure_empties_every_day_it_covers_and_no_other():
    place = PlaceFactory()
    OpeningHoursFactory(place=place, weekday=1)
    OpeningHoursFactory(place=place, weekday=2)
    ClosureFactory(place=place, start_date=TUESDAY, end_date=TUESDAY)

    place = fresh(place)

    assert place.intervals_on(TUESDAY) == []
    assert len(place.intervals_on(TUESDAY + datetime.timedelta(days=1))) == 1


def test_public_holidays_close_a_place_that_observes_them():
    observing = PlaceFactory(closed_on_public_holidays=True)
    ignoring = PlaceFactory(closed_on_public_holidays=False)
    for place in (observing, ignoring):
        OpeningHoursFactory(place=place, weekday=0)

    assert fresh(observing).intervals_on(EASTER_MONDAY) == []
    assert fresh(observing).public_holiday_on(EASTER_MONDAY) == "lundi de Pâques"
    assert len(fresh(ignoring).intervals_on(EASTER_MONDAY)) == 1


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        (datetime.date(2027, 5, 6), "Ascension"),
        (datetime.date(2027, 5, 17), "lundi de Pentecôte"),
    ],
)
def test_movable_french_holidays_are_known_without_being_entered(day, holiday):
    place = PlaceFactory(closed_on_public_holidays=True)

    assert place.public_holiday_on(day) == holiday
