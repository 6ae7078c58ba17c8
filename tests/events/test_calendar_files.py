"""The .ics file of an event and the calendar feed, read back with icalendar (#15)."""

import datetime
import zoneinfo

import icalendar
import pytest
import time_machine

from tests.factories import EventFactory, PlaceFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 9, tzinfo=datetime.UTC)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return calendar


def test_an_event_file_is_in_the_time_zone_of_its_place(client):
    place = PlaceFactory(name_fr="Centre Gaïa", time_zone="Europe/Paris")
    event = EventFactory(
        title_fr="Portes ouvertes",
        start_date=datetime.date(2027, 6, 5),
        start_time=datetime.time(14),
        end_time=datetime.time(18),
        place=place,
    )

    calendar = parse(client.get(event.get_ics_url()))
    [vevent] = calendar.walk("VEVENT")
    [vtimezone] = calendar.walk("VTIMEZONE")

    assert vtimezone["TZID"] == "Europe/Paris"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    start = vevent.decoded("DTSTART")
    assert start == datetime.datetime(2027, 6, 5, 14, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert vevent.decoded("DTEND").hour == 18
    assert str(vevent["SUMMARY"]) == "Portes ouvertes"
    assert str(vevent["LOCATION"]) == "Centre Gaïa, 71 rue Victor-Renard, 59000 Lille"
    assert str(vevent["URL"]) == f"http://testserver{event.get_absolute_url()}"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert str(vevent["UID"]).startswith(f"event-{event.pk}@")


def test_an_event_in_dakar_is_at_dakar_time(client):
    # Dakar keeps UTC all year: icalendar writes such a zone as UTC, which every calendar
    # shows at the same wall-clock time as Dakar's.
    place = PlaceFactory(
        name_fr="Diapalanté",
        street_address="",
        postal_code="",
        locality="Saint-Louis",
        country="SN",
        time_zone="Africa/Dakar",
    )
    event = EventFactory(
        start_date=datetime.date(2027, 3, 9), start_time=datetime.time(18), place=place
    )

    [vevent] = parse(client.get(event.get_ics_url())).walk("VEVENT")

    start = vevent.decoded("DTSTART")
    assert start.astimezone(zoneinfo.ZoneInfo("Africa/Dakar")).time() == datetime.time(18)
    assert str(vevent["LOCATION"]) == "Diapalanté, Saint-Louis"


def test_a_whole_day_event_is_a_date_ending_the_day_after(client):
    event = EventFactory(start_date=datetime.date(2021, 3, 9), end_date=datetime.date(2021, 3, 10))

    [vevent] = parse(client.get(event.get_ics_url())).walk("VEVENT")

    assert vevent.decoded("DTSTART") == datetime.date(2021, 3, 9)
    assert vevent.decoded("DTEND") == datetime.date(2021, 3, 11)


def test_the_event_file_exists_in_both_languages_with_the_same_uid(client):
    event = EventFactory(slug_fr="assemblee", slug_en="assembly", title_en="Assembly")

    french = parse(client.get("/fr/agenda/assemblee/ics/")).walk("VEVENT")[0]
    english = parse(client.get("/en/events/assembly/ics/")).walk("VEVENT")[0]

    assert french["UID"] == english["UID"] == f"event-{event.pk}@{french['UID'].split('@')[1]}"
    assert str(english["SUMMARY"]) == "Assembly"


@time_machine.travel(NOW, tick=False)
def test_the_calendar_feed_lists_the_upcoming_published_events_of_its_language(client):
    EventFactory(title_en="Coming", start_date=datetime.date(2026, 12, 20))
    EventFactory(title_en="Over", start_date=datetime.date(2026, 11, 20))
    EventFactory(title_en="Hidden", start_date=datetime.date(2026, 12, 21), is_published=False)

    calendar = parse(client.get("/en/events/calendar.ics"))
    french = parse(client.get("/fr/agenda/calendrier.ics"))

    assert [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")] == ["Coming"]
    assert str(calendar["X-WR-CALNAME"]) == "Le Partenariat: agenda"
    assert str(french["X-WR-CALNAME"]) == "Le Partenariat\xa0: agenda"


@time_machine.travel(NOW, tick=False)
def test_a_cancelled_event_is_cancelled_in_calendars(client):
    event = EventFactory(start_date=datetime.date(2026, 12, 20), status="cancelled")

    [vevent] = parse(client.get(event.get_ics_url())).walk("VEVENT")

    assert str(vevent["STATUS"]) == "CANCELLED"
