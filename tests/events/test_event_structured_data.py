"""What search engines read on an event's page: schema.org Event (#15)."""

import datetime
import json
import re

import pytest

from tests.factories import EventFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def event_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return next(data for data in map(json.loads, blocks) if data["@type"] == "Event")


def test_an_event_at_one_of_our_places_has_its_start_with_offset_status_place_and_organiser(
    client,
):
    place = PlaceFactory(name_en="Centre Gaïa")
    event = EventFactory(
        title_en="Open day",
        start_date=datetime.date(2027, 6, 5),
        start_time=datetime.time(14),
        end_time=datetime.time(18),
        place=place,
        slug_en="open-day",
    )

    data = event_data(client.get("/en/events/open-day/").content.decode())

    assert data["name"] == "Open day"
    assert data["startDate"] == "2027-06-05T14:00:00+02:00"
    assert data["endDate"] == "2027-06-05T18:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Centre Gaïa",
        "address": place.postal_address() | {"name": "Centre Gaïa"},
    }
    assert data["organizer"]["name"] == "Le Partenariat"
    assert data["url"] == f"http://testserver{event.get_absolute_url()}"


def test_a_whole_day_event_elsewhere_gives_its_date_and_address(client):
    event = EventFactory(
        start_date=datetime.date(2018, 11, 20),
        address_fr="Trnava, Slovaquie",
        url="https://example.org/seminaire",
        status="postponed",
    )

    data = event_data(client.get(event.get_absolute_url()).content.decode())

    assert data["startDate"] == "2018-11-20"
    assert "endDate" not in data
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["location"]["name"] == "Trnava, Slovaquie"
    assert data["location"]["url"] == "https://example.org/seminaire"


def test_an_online_event_has_a_virtual_location(client):
    event = EventFactory(is_online=True, url="https://meet.example.org/ag")

    data = event_data(client.get(event.get_absolute_url()).content.decode())

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/ag"}
