"""Reception types dates and times the French way; a one-day closure is typed once (#25)."""

import datetime

import pytest
from django.urls import reverse

from contact.models import Closure, OpeningHours, Place

pytestmark = pytest.mark.django_db


@pytest.fixture
def place():
    return Place.objects.create(
        name_fr="Centre Gaïa", name_en="Centre Gaïa", locality="Lille", country="FR"
    )


def place_data(**changes):
    data = {
        "name_fr": "Centre Gaïa",
        "name_en": "Centre Gaïa",
        "locality": "Lille",
        "country": "FR",
        "time_zone": "Europe/Paris",
        "order": 0,
        "is_published": "on",
        "opening_hours-TOTAL_FORMS": 0,
        "opening_hours-INITIAL_FORMS": 0,
        "closures-TOTAL_FORMS": 0,
        "closures-INITIAL_FORMS": 0,
    }
    return {**data, **changes}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14h30", datetime.time(14, 30)),
        ("14 h 30", datetime.time(14, 30)),
        ("14:30", datetime.time(14, 30)),
        ("1430", datetime.time(14, 30)),
        ("9h", datetime.time(9, 0)),
    ],
)
def test_opening_hours_accept_the_ways_french_staff_type_a_time(
    staff_client, place, typed, expected
):
    data = place_data(
        **{
            "opening_hours-TOTAL_FORMS": 1,
            "opening_hours-0-weekday": 1,
            "opening_hours-0-opens": typed,
            "opening_hours-0-closes": "18h",
        }
    )

    response = staff_client.post(reverse("admin:contact_place_change", args=[place.pk]), data)

    assert response.status_code == 302
    hours = OpeningHours.objects.get(place=place)
    assert (hours.opens, hours.closes) == (expected, datetime.time(18, 0))


def test_a_one_day_closure_needs_only_its_first_day(staff_client, place):
    data = place_data(
        **{
            "closures-TOTAL_FORMS": 1,
            "closures-0-start_date": "24-12-2026",
            "closures-0-end_date": "",
            "closures-0-reason_fr": "Réveillon",
            "closures-0-reason_en": "Christmas Eve",
        }
    )

    response = staff_client.post(reverse("admin:contact_place_change", args=[place.pk]), data)

    assert response.status_code == 302
    closure = Closure.objects.get(place=place)
    assert (closure.start_date, closure.end_date) == (
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 24),
    )


def test_the_time_help_says_the_accepted_format(staff_client, place):
    html = staff_client.get(reverse("admin:contact_place_change", args=[place.pk])).content
    assert "Par exemple 14h30, 1430 ou 18h." in html.decode()
