import datetime
import zoneinfo

import pytest

from tests.factories import OpeningHoursFactory, PlaceFactory, WorkshopFactory
from workshops.models import BookingRequest, Workshop

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def paris(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


@pytest.fixture
def gaia(db):
    """Centre Gaïa as seeded: Tuesday to Friday 09:00–12:30 and 14:00–18:00, Saturday mornings."""
    place = PlaceFactory(
        seed_key="centre-gaia",
        name_fr="Centre Gaïa",
        name_en="Centre Gaïa",
        closed_on_public_holidays=True,
        email="centre.gaia@example.org",
    )
    for weekday in (1, 2, 3, 4):
        OpeningHoursFactory(
            place=place, weekday=weekday, opens=datetime.time(9), closes=datetime.time(12, 30)
        )
        OpeningHoursFactory(
            place=place, weekday=weekday, opens=datetime.time(14), closes=datetime.time(18)
        )
    OpeningHoursFactory(
        place=place, weekday=5, opens=datetime.time(9), closes=datetime.time(12, 30)
    )
    return place


@pytest.fixture
def workshop(gaia):
    return WorkshopFactory(
        place=gaia,
        title_fr="Immersion à Saint-Louis",
        title_en="Immersion in Saint-Louis",
        slug_fr="immersion-saint-louis",
        slug_en="saint-louis-immersion",
        capacity=30,
    )


def fresh(workshop):
    """The workshop as the booking page loads it, place hours prefetched."""
    return Workshop.objects.with_place_hours().get(pk=workshop.pk)


def confirmed_at(workshop, start, **fields):
    from tests.factories import BookingRequestFactory

    return BookingRequestFactory(
        workshop=workshop,
        status=BookingRequest.Status.CONFIRMED,
        preferred_slots=[start.isoformat()],
        confirmed_start=start,
        confirmed_end=start + workshop.duration,
        **fields,
    )
