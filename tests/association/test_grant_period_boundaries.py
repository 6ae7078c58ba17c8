"""A grant's period at its edges (#28): its first and last days count, the days around do not;
a year counts when any of its days falls in the period."""

import datetime
import zoneinfo

import pytest

from association.models import Funding
from tests.factories import FundingFactory

D = datetime.date
LILLE = zoneinfo.ZoneInfo("Europe/Paris")


def noon_in_lille(day):
    return datetime.datetime(day.year, day.month, day.day, 12, tzinfo=LILLE)


def grant(start, end):
    return Funding(start_date=start, end_date=end)


@pytest.mark.parametrize(
    ("day", "current", "ended"),
    [
        (D(2026, 12, 31), False, False),
        (D(2027, 1, 1), True, False),
        (D(2027, 6, 30), True, False),
        (D(2027, 7, 1), False, True),
    ],
)
def test_a_grant_is_current_from_its_first_to_its_last_day(day, current, ended):
    funding = grant(D(2027, 1, 1), D(2027, 6, 30))

    assert funding.is_current_on(day) is current
    assert funding.has_ended_on(day) is ended


def test_a_grant_without_dates_is_always_current_and_never_ends():
    funding = grant(None, None)

    assert funding.is_current_on(D(1990, 1, 1))
    assert not funding.has_ended_on(D(2100, 1, 1))


@pytest.mark.django_db
def test_a_grant_without_dates_never_changes_a_page_by_the_clock():
    FundingFactory(start_date=None, end_date=None, programme__end_year=None)

    assert Funding.next_change(noon_in_lille(D(2027, 1, 1))) is None


@pytest.mark.parametrize(
    ("when", "covered"),
    [
        (2026, False),
        # A grant from 31 December 2027 covers 2027 by its last day, and 2028 by its first.
        (2027, True),
        (2028, True),
        (2029, False),
        (D(2027, 12, 30), False),
        (D(2027, 12, 31), True),
        (D(2028, 1, 1), True),
        (D(2028, 1, 2), False),
    ],
)
def test_a_record_is_covered_when_it_falls_in_the_period(when, covered):
    assert grant(D(2027, 12, 31), D(2028, 1, 1)).covers(when) is covered


@pytest.mark.parametrize(
    ("day", "change"),
    [
        (D(2026, 12, 31), D(2027, 1, 1)),
        # On its first day, the next change is the day after its last.
        (D(2027, 1, 1), D(2027, 7, 1)),
        (D(2027, 6, 30), D(2027, 7, 1)),
        (D(2027, 7, 1), None),
    ],
)
@pytest.mark.django_db
def test_a_page_showing_a_grant_changes_on_its_first_day_and_the_day_after_its_last(day, change):
    FundingFactory(start_date=D(2027, 1, 1), end_date=D(2027, 6, 30), programme__end_year=None)

    expected = datetime.datetime(*change.timetuple()[:3], tzinfo=LILLE) if change else None
    assert Funding.next_change(noon_in_lille(day)) == expected


@pytest.mark.django_db
def test_a_grant_stops_being_current_when_its_programme_ends():
    FundingFactory(start_date=None, end_date=None, programme__end_year=2027)

    assert Funding.next_change(noon_in_lille(D(2027, 6, 1))) == datetime.datetime(
        2028, 1, 1, tzinfo=LILLE
    )
