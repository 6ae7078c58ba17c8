"""When an event ends (#28): a whole day ends at midnight on the clocks of its place, so the same
day ends an hour later in Dakar than in Paris in winter; checked on the QuerySet and the feed."""

import datetime

import icalendar
import pytest
import time_machine

from events.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def feed_titles(client):
    calendar = icalendar.Calendar.from_ical(client.get("/en/events/calendar.ics").content)
    return sorted(str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT"))


@pytest.mark.parametrize(
    ("moment", "upcoming"),
    [
        # Midnight in Paris (UTC+1 in March) is 23:00 UTC; in Dakar (UTC+0), 00:00 UTC.
        (datetime.datetime(2027, 3, 9, 22, 59, 59, 999999, tzinfo=UTC), ["Dakar", "Paris"]),
        (datetime.datetime(2027, 3, 9, 23, tzinfo=UTC), ["Dakar"]),
        (datetime.datetime(2027, 3, 9, 23, 59, 59, 999999, tzinfo=UTC), ["Dakar"]),
        (datetime.datetime(2027, 3, 10, 0, tzinfo=UTC), []),
    ],
)
def test_a_whole_day_event_ends_at_midnight_where_it_takes_place(client, moment, upcoming):
    for zone, title in (("Europe/Paris", "Paris"), ("Africa/Dakar", "Dakar")):
        EventFactory(
            title_en=title, start_date=datetime.date(2027, 3, 9), time_zone=zone, place=None
        )

    with time_machine.travel(moment, tick=False):
        titles = feed_titles(client)

    assert sorted(Event.objects.upcoming(moment).values_list("title_en", flat=True)) == upcoming
    assert sorted(Event.objects.past(moment).values_list("title_en", flat=True)) == sorted(
        {"Dakar", "Paris"} - set(upcoming)
    )
    assert titles == upcoming


def test_an_event_with_an_end_time_is_over_at_that_minute_in_dakar():
    event = EventFactory(
        start_date=datetime.date(2027, 3, 9),
        start_time=datetime.time(9),
        end_time=datetime.time(17, 30),
        time_zone="Africa/Dakar",
        place=None,
    )

    assert event.ends_at == datetime.datetime(2027, 3, 9, 17, 30, tzinfo=UTC)
    assert not event.is_past(datetime.datetime(2027, 3, 9, 17, 29, 59, 999999, tzinfo=UTC))
    assert event.is_past(datetime.datetime(2027, 3, 9, 17, 30, tzinfo=UTC))
