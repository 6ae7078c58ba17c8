"""Closures announced ahead and gone once over; schema.org data for search engines."""

import datetime
import json
import re
import zoneinfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contact.models import Place, upcoming_closures
from tests.factories import ClosureFactory, OpeningHoursFactory, PlaceFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2027, 7, 1)


def on(day):
    moment = datetime.datetime.combine(day, datetime.time(10), zoneinfo.ZoneInfo("Europe/Paris"))
    return time_machine.travel(moment, tick=False)


def summer_closure(**kwargs):
    return ClosureFactory(
        place=kwargs.pop("place", None)
        or PlaceFactory(name_fr="Centre Gaïa", name_en="Centre Gaïa"),
        start_date=datetime.date(2027, 7, 24),
        end_date=datetime.date(2027, 8, 22),
        reason_fr="Congés d’été",
        reason_en="Summer holidays",
        **kwargs,
    )


def test_upcoming_closures_are_those_under_way_or_starting_within_six_weeks():
    place = PlaceFactory()
    under_way = ClosureFactory(
        place=place, start_date=TODAY - datetime.timedelta(days=2), end_date=TODAY
    )
    soon = ClosureFactory(
        place=place,
        start_date=TODAY + datetime.timedelta(weeks=6),
        end_date=TODAY + datetime.timedelta(weeks=7),
    )
    ClosureFactory(
        place=place,
        start_date=TODAY + datetime.timedelta(weeks=6, days=1),
        end_date=TODAY + datetime.timedelta(weeks=7),
    )
    ClosureFactory(
        place=place,
        start_date=TODAY - datetime.timedelta(days=9),
        end_date=TODAY - datetime.timedelta(days=1),
    )
    ClosureFactory(place=PlaceFactory(is_published=False), start_date=TODAY, end_date=TODAY)

    places = Place.objects.published().with_hours()

    # Noon in Lille on that day.
    moment = datetime.datetime(2027, 7, 1, 10, 0, tzinfo=datetime.UTC)

    assert upcoming_closures(places, moment) == [under_way, soon]


def test_a_closure_is_announced_by_its_places_own_calendar_day():
    lille = PlaceFactory(name_fr="Lille", time_zone="Europe/Paris")
    saint_louis = PlaceFactory(name_fr="Saint-Louis", time_zone="Africa/Dakar")
    for place in (lille, saint_louis):
        ClosureFactory(place=place, start_date=TODAY - datetime.timedelta(days=3), end_date=TODAY)
    places = Place.objects.published().with_hours()
    # 22:30 UTC: already the next day in Lille (00:30), still that day in Saint-Louis.
    moment = datetime.datetime(2027, 7, 1, 22, 30, tzinfo=datetime.UTC)

    assert [closure.place for closure in upcoming_closures(places, moment)] == [saint_louis]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "/fr/contact/",
            "Centre Gaïa\u00a0: fermé du samedi 24 juillet 2027 au dimanche 22 août 2027 "
            "(Congés d’été)",
        ),
        (
            "/en/contact/",
            "Centre Gaïa: closed from Saturday 24 July 2027 to Sunday 22 August 2027 "
            "(Summer holidays)",
        ),
        ("/fr/", "Centre Gaïa\u00a0: fermé du samedi 24 juillet 2027"),
        ("/en/", "Centre Gaïa: closed from Saturday 24 July 2027"),
    ],
)
def test_a_closure_is_announced_on_the_contact_and_home_pages(client, path, text):
    summer_closure()

    with on(TODAY):
        html = client.get(path).content.decode()

    assert text in html


def test_a_closure_vanishes_by_itself_once_over(client):
    summer_closure()

    with on(datetime.date(2027, 8, 23)):
        html = client.get("/en/contact/").content.decode()

    assert "Summer holidays" not in html
    assert "Upcoming closures" not in html


def test_a_one_day_closure_is_told_as_one_day(client):
    ClosureFactory(start_date=TODAY, end_date=TODAY, reason_en="Staff training")

    with on(TODAY):
        html = client.get("/en/contact/").content.decode()

    assert "closed on Thursday 1 July 2027 (Staff training)" in html


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_each_place_is_described_for_search_engines(client):
    place = PlaceFactory(name_en="Lille head office", phone="+33 3 20 53 76 76")
    OpeningHoursFactory(
        place=place, weekday=1, opens=datetime.time(9), closes=datetime.time(12, 30)
    )
    summer_closure(place=place)
    ClosureFactory(
        place=place, start_date=datetime.date(2027, 1, 1), end_date=datetime.date(2027, 1, 2)
    )

    with on(TODAY):
        [data] = structured_data(client.get("/en/contact/").content.decode())

    assert data["@type"] == "Place"
    assert data["name"] == "Lille head office"
    assert data["telephone"] == "+33 3 20 53 76 76"
    assert data["address"]["streetAddress"] == "71 rue Victor-Renard"
    assert data["address"]["addressCountry"] == "FR"
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Tuesday",
            "opens": "09:00",
            "closes": "12:30",
        }
    ]
    # Only the closure still to come; closed days are given as opening and closing at 00:00.
    assert data["specialOpeningHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": "2027-07-24",
            "validThrough": "2027-08-22",
            "opens": "00:00",
            "closes": "00:00",
        }
    ]


def test_structured_data_cannot_break_out_of_its_script_element(client):
    PlaceFactory(name_en="</script><script>alert(1)</script> & co")

    html = client.get("/en/contact/").content.decode()
    [data] = structured_data(html)

    assert data["name"] == "</script><script>alert(1)</script> & co"
    assert "<script>alert(1)" not in html


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", ["/fr/contact/", "/en/"])
def test_pages_with_hours_and_closures_make_the_same_queries_for_few_and_many(client, path):
    def add_places(count):
        for _index in range(count):
            place = PlaceFactory(closed_on_public_holidays=True)
            for weekday in range(6):
                OpeningHoursFactory(place=place, weekday=weekday)
            ClosureFactory(
                place=place, start_date=TODAY, end_date=TODAY + datetime.timedelta(days=3)
            )
            ClosureFactory(
                place=place,
                start_date=TODAY + datetime.timedelta(days=20),
                end_date=TODAY + datetime.timedelta(days=25),
            )

    with on(TODAY):
        add_places(1)
        few = count_queries(client, path)
        add_places(12)
        many = count_queries(client, path)

    assert few == many


def test_public_holidays_are_announced_among_the_closures_of_the_places_that_observe_them(
    client,
):
    # Easter Monday 2027 is 29 March; Ascension 6 May.
    observes = PlaceFactory(name_fr="Centre Gaïa", country="FR", closed_on_public_holidays=True)
    PlaceFactory(name_fr="Diapalanté", country="SN", closed_on_public_holidays=False)
    moment = datetime.datetime(2027, 3, 20, 10, tzinfo=datetime.UTC)

    places = list(Place.objects.with_hours())
    closures = upcoming_closures(places, moment)

    assert [(c.place, c.start_date, c.reason) for c in closures] == [
        (observes, datetime.date(2027, 3, 29), "lundi de Pâques"),
        (observes, datetime.date(2027, 5, 1), "fête du Travail"),
    ]
    with time_machine.travel(moment, tick=False):
        html = client.get("/fr/contact/").content.decode()
    assert "Centre Gaïa\u00a0: fermé le lundi 29 mars 2027 (lundi de Pâques)" in html
