"""What an event's dates, place and registration must hold, said to staff in French (#15)."""

import datetime

import pytest
from django.urls import reverse

from events.models import Event
from tests.factories import EventFactory, PlaceFactory

pytestmark = pytest.mark.django_db

PARIS = datetime.timezone(datetime.timedelta(hours=1))


def test_an_event_at_a_place_takes_the_place_time_zone(db):
    place = PlaceFactory(time_zone="Africa/Dakar")

    event = EventFactory(
        place=place,
        time_zone="Europe/Paris",
        start_time=datetime.time(18),
        start_date=datetime.date(2027, 1, 5),
    )

    assert event.time_zone == "Africa/Dakar"
    assert event.starts_at == datetime.datetime(2027, 1, 5, 18, tzinfo=datetime.UTC)


def test_a_whole_day_event_ends_at_midnight_after_its_last_day():
    event = EventFactory(start_date=datetime.date(2027, 1, 5), end_date=datetime.date(2027, 1, 7))

    assert event.ends_at == datetime.datetime(2027, 1, 8, tzinfo=PARIS)
    assert Event.objects.upcoming(
        datetime.datetime(2027, 1, 7, 22, 59, tzinfo=datetime.UTC)
    ).exists()
    assert Event.objects.past(datetime.datetime(2027, 1, 7, 23, tzinfo=datetime.UTC)).exists()


def test_an_end_before_the_start_and_a_missing_registration_link_are_refused_in_french(
    staff_client,
):
    response = staff_client.post(
        reverse("admin:events_event_add"),
        {
            "title_fr": "Assemblée",
            "title_en": "Assembly",
            "slug_fr": "assemblee",
            "slug_en": "assembly",
            "summary_fr": "Résumé",
            "summary_en": "Summary",
            "status": "scheduled",
            "start_date": "2027-03-09",
            "end_date": "2027-03-08",
            "time_zone": "Europe/Paris",
            "registration": "link",
            "registration_url": "",
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "La date de fin ne peut pas précéder la date de début." in html
    assert "Indiquez le lien d’inscription." in html
    assert Event.objects.count() == 0


def test_events_follow_their_place_when_staff_change_its_time_zone():
    place = PlaceFactory(time_zone="Europe/Paris")
    event = EventFactory(
        place=place, start_date=datetime.date(2027, 1, 5), start_time=datetime.time(18)
    )

    place.time_zone = "Africa/Dakar"
    place.save()

    event.refresh_from_db()
    assert event.time_zone == "Africa/Dakar"
    assert event.starts_at == datetime.datetime(2027, 1, 5, 18, tzinfo=datetime.UTC)
