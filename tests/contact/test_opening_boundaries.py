"""Opening hours at their exact edges (#28): the microsecond before, the instant, the one after,
in Paris and in Dakar, and the moment a page showing them must be refreshed."""

import datetime
import zoneinfo

import pytest

from contact.models import Place
from contact.opening import places_with_status
from tests.factories import ClosureFactory, OpeningHoursFactory, PlaceFactory

pytestmark = pytest.mark.django_db

T = datetime.time
UTC = datetime.UTC
TICK = datetime.timedelta(microseconds=1)


def at(zone_name, *args):
    return datetime.datetime(*args, tzinfo=zoneinfo.ZoneInfo(zone_name))


def office(time_zone="Europe/Paris"):
    """Open Tuesday 09:00–12:30 and 14:00–18:00, Wednesday 09:00–12:30."""
    place = PlaceFactory(time_zone=time_zone)
    OpeningHoursFactory(place=place, weekday=1, opens=T(9), closes=T(12, 30))
    OpeningHoursFactory(place=place, weekday=1, opens=T(14), closes=T(18))
    OpeningHoursFactory(place=place, weekday=2, opens=T(9), closes=T(12, 30))
    return Place.objects.with_hours().get(pk=place.pk)


# Tuesday 2 March 2027: Paris is at UTC+1, Dakar at UTC all year.
@pytest.mark.parametrize(
    ("zone", "moment", "is_open", "change", "change_when", "changes_at"),
    [
        # Opening at 09:00 Paris time, 08:00 UTC.
        (
            "Europe/Paris",
            datetime.datetime(2027, 3, 2, 7, 59, 59, 999999, tzinfo=UTC),
            False,
            datetime.datetime(2027, 3, 2, 9),
            "today",
            datetime.datetime(2027, 3, 2, 8, tzinfo=UTC),
        ),
        (
            "Europe/Paris",
            datetime.datetime(2027, 3, 2, 8, tzinfo=UTC),
            True,
            datetime.datetime(2027, 3, 2, 12, 30),
            "today",
            datetime.datetime(2027, 3, 2, 11, 30, tzinfo=UTC),
        ),
        # Closing at 18:00 Paris time: open the microsecond before, closed at 18:00 itself.
        (
            "Europe/Paris",
            datetime.datetime(2027, 3, 2, 16, 59, 59, 999999, tzinfo=UTC),
            True,
            datetime.datetime(2027, 3, 2, 18),
            "today",
            datetime.datetime(2027, 3, 2, 17, tzinfo=UTC),
        ),
        (
            "Europe/Paris",
            datetime.datetime(2027, 3, 2, 17, tzinfo=UTC),
            False,
            datetime.datetime(2027, 3, 3, 9),
            "tomorrow",
            # The wording "tomorrow" goes stale at midnight Paris time, before the opening.
            datetime.datetime(2027, 3, 2, 23, tzinfo=UTC),
        ),
        # The same instants in Dakar: 09:00 there is 09:00 UTC, 18:00 is 18:00 UTC.
        (
            "Africa/Dakar",
            datetime.datetime(2027, 3, 2, 8, tzinfo=UTC),
            False,
            datetime.datetime(2027, 3, 2, 9),
            "today",
            datetime.datetime(2027, 3, 2, 9, tzinfo=UTC),
        ),
        (
            "Africa/Dakar",
            datetime.datetime(2027, 3, 2, 17, 59, 59, 999999, tzinfo=UTC),
            True,
            datetime.datetime(2027, 3, 2, 18),
            "today",
            datetime.datetime(2027, 3, 2, 18, tzinfo=UTC),
        ),
        (
            "Africa/Dakar",
            datetime.datetime(2027, 3, 2, 18, tzinfo=UTC),
            False,
            datetime.datetime(2027, 3, 3, 9),
            "tomorrow",
            datetime.datetime(2027, 3, 3, 0, tzinfo=UTC),
        ),
        # Wednesday 12:30 in Dakar: the next opening is next Tuesday, told by its weekday.
        (
            "Africa/Dakar",
            datetime.datetime(2027, 3, 3, 12, 30, tzinfo=UTC),
            False,
            datetime.datetime(2027, 3, 9, 9),
            "week",
            datetime.datetime(2027, 3, 4, 0, tzinfo=UTC),
        ),
    ],
)
def test_status_at_the_edges_of_an_opening_interval(
    zone, moment, is_open, change, change_when, changes_at
):
    status = office(zone).status_at(moment)

    assert (status.is_open, status.change, status.change_when) == (is_open, change, change_when)
    assert status.changes_at == changes_at
    assert status.reason == ""


def test_a_closure_starts_and_ends_at_midnight_on_the_places_clock():
    place = office("Africa/Dakar")
    ClosureFactory(
        place=place,
        start_date=datetime.date(2027, 3, 2),
        end_date=datetime.date(2027, 3, 2),
        reason_fr="Inventaire",
        reason_en="Stocktaking",
    )
    place = Place.objects.with_hours().get(pk=place.pk)

    closed = place.status_at(datetime.datetime(2027, 3, 2, 10, tzinfo=UTC))
    next_day = place.status_at(datetime.datetime(2027, 3, 3, 9, tzinfo=UTC))

    assert (closed.is_open, closed.reason) == (False, "Inventaire")
    assert (closed.change, closed.change_when) == (datetime.datetime(2027, 3, 3, 9), "tomorrow")
    assert (next_day.is_open, next_day.today) == (True, datetime.date(2027, 3, 3))


def test_a_page_showing_several_places_is_stale_at_the_first_change():
    paris, dakar = office("Europe/Paris"), office("Africa/Dakar")
    moment = datetime.datetime(2027, 3, 2, 8, 30, tzinfo=UTC)

    pairs = places_with_status([paris, dakar], moment)

    assert [(place, status.is_open) for place, status in pairs] == [(paris, True), (dakar, False)]
    # Dakar opens at 09:00 UTC, before Paris closes for lunch at 11:30 UTC: every cached page
    # is stale then (#21).
    assert Place.next_change(moment) == datetime.datetime(2027, 3, 2, 9, tzinfo=UTC)


def test_with_no_place_nothing_changes_by_the_clock():
    assert Place.next_change(datetime.datetime(2027, 3, 2, 8, 30, tzinfo=UTC)) is None


def test_a_status_change_between_two_seconds_is_kept_to_the_microsecond():
    place = PlaceFactory(time_zone="Europe/Paris")
    OpeningHoursFactory(place=place, weekday=1, opens=T(9, 0, 0, 500000), closes=T(18))
    place = Place.objects.with_hours().get(pk=place.pk)

    status = place.status_at(datetime.datetime(2027, 3, 2, 7, 59, 59, 900000, tzinfo=UTC))

    assert status.changes_at == datetime.datetime(2027, 3, 2, 8, 0, 0, 500000, tzinfo=UTC)
    assert not place.status_at(status.changes_at - TICK).is_open
    assert place.status_at(status.changes_at).is_open


def test_a_place_open_only_in_a_year_announces_nothing():
    place = PlaceFactory(time_zone="Europe/Paris")
    OpeningHoursFactory(place=place, weekday=1, opens=T(9), closes=T(18))
    ClosureFactory(
        place=place,
        start_date=datetime.date(2027, 3, 1),
        end_date=datetime.date(2028, 3, 31),
        reason_fr="Travaux",
    )
    place = Place.objects.with_hours().get(pk=place.pk)

    status = place.status_at(at("Europe/Paris", 2027, 3, 2, 10))

    assert (status.is_open, status.change, status.change_when) == (False, None, "")
    assert status.changes_at == datetime.datetime(2027, 3, 2, 23, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last_closed_day", "change"),
    [
        # Open again 366 days later: still announced.
        (datetime.date(2028, 3, 1), datetime.datetime(2028, 3, 2, 9)),
        # 367 days later: beyond the search, nothing is announced.
        (datetime.date(2028, 3, 2), None),
    ],
)
def test_an_opening_is_announced_up_to_366_days_ahead(last_closed_day, change):
    place = PlaceFactory(time_zone="Europe/Paris")
    for weekday in range(7):
        OpeningHoursFactory(place=place, weekday=weekday, opens=T(9), closes=T(17))
    ClosureFactory(
        place=place,
        start_date=datetime.date(2027, 3, 2),
        end_date=last_closed_day,
        reason_fr="Travaux",
    )
    place = Place.objects.with_hours().get(pk=place.pk)

    status = place.status_at(at("Europe/Paris", 2027, 3, 2, 10))

    assert status.change == change


def test_an_opening_in_the_hour_new_york_lives_twice_comes_at_its_first_reading():
    # On Sunday 7 November 2027 New York's clocks go back from 02:00 to 01:00: 01:30 is
    # shown at 05:30 UTC, then again at 06:30 UTC.
    place = PlaceFactory(time_zone="America/New_York")
    OpeningHoursFactory(place=place, weekday=6, opens=T(1, 30), closes=T(3))
    place = Place.objects.with_hours().get(pk=place.pk)

    status = place.status_at(datetime.datetime(2027, 11, 7, 5, tzinfo=UTC))

    assert (status.is_open, status.change) == (False, datetime.datetime(2027, 11, 7, 1, 30))
    assert status.changes_at == datetime.datetime(2027, 11, 7, 5, 30, tzinfo=UTC)
    assert place.status_at(status.changes_at).is_open


def test_an_opening_in_the_hour_new_york_skips_comes_at_the_jump():
    # On Sunday 14 March 2027 New York's clocks jump from 02:00 to 03:00 (07:00 UTC): a place
    # "opening at 02:30" opens at the jump, read on New York's clocks, not Paris's.
    place = PlaceFactory(time_zone="America/New_York")
    OpeningHoursFactory(place=place, weekday=6, opens=T(2, 30), closes=T(5))
    place = Place.objects.with_hours().get(pk=place.pk)

    status = place.status_at(datetime.datetime(2027, 3, 14, 6, 50, tzinfo=UTC))

    assert not status.is_open
    assert status.changes_at == datetime.datetime(2027, 3, 14, 7, tzinfo=UTC)


def test_a_place_open_on_a_public_holiday_gives_no_reason_to_be_closed():
    place = PlaceFactory(time_zone="Europe/Paris", closed_on_public_holidays=False)
    OpeningHoursFactory(place=place, weekday=0, opens=T(9), closes=T(17))
    place = Place.objects.with_hours().get(pk=place.pk)

    # Easter Monday 2027.
    status = place.status_at(at("Europe/Paris", 2027, 3, 29, 10))

    assert (status.is_open, status.reason) == (True, "")
