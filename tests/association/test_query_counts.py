"""Each public page makes the same number of queries whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ClosureFactory,
    CountryFactory,
    KeyFigureFactory,
    OpeningHoursFactory,
    PageFactory,
    PartnerFactory,
    PlaceFactory,
    ProgrammeFactory,
    SocialLinkFactory,
    TimelineEventFactory,
)
from timeline.models import TimelineEvent

pytestmark = pytest.mark.django_db

PATHS = [
    "/fr/",
    "/en/",
    "/fr/histoire/",
    "/en/history/",
    "/fr/histoire/?page=2",
    "/fr/programmes/",
    "/en/programmes/",
    "/fr/contact/",
    "/en/contact/",
    "/fr/confidentialite/",
    "/fr/mentions-legales/",
    "/en/accessibility/",
]


@pytest.fixture(autouse=True)
def render_every_time(settings):
    # The queries of the page itself are counted, not those of its cached copy.
    settings.PAGE_CACHE_SECONDS = 0


def build_content(events, programmes):
    parent = ProgrammeFactory()
    country = CountryFactory()
    partner = PartnerFactory()
    for _index in range(programmes):
        programme = ProgrammeFactory(parent=parent)
        programme.countries.add(country)
        programme.partners.add(partner)
        KeyFigureFactory(programme=parent)
    # Built in bulk: the rows matter here, not the save signals.
    batch = TimelineEventFactory.build_batch(events, programme=parent)
    for index, event in enumerate(batch):
        event.is_highlight = index % 100 == 0
    TimelineEvent.objects.bulk_create(batch)
    for _index in range(max(1, programmes // 5)):
        place = PlaceFactory()
        OpeningHoursFactory(place=place)
        ClosureFactory(place=place)
        SocialLinkFactory()
    return parent


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", PATHS)
def test_page_makes_the_same_number_of_queries_with_5_and_1000_events_and_50_programmes(
    client, seeded, path
):
    for key in ("privacy", "legal", "accessibility"):
        PageFactory(key=key)
    build_content(events=5, programmes=2)
    few = count_queries(client, path)

    build_content(events=995, programmes=48)
    many = count_queries(client, path)

    assert few == many


def test_programme_page_makes_the_same_number_of_queries_with_few_and_many_children(client):
    small = build_content(events=1, programmes=1)
    few = count_queries(client, small.get_absolute_url())

    large = build_content(events=1000, programmes=50)
    many = count_queries(client, large.get_absolute_url())

    assert few == many
