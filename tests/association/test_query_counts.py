"""Each public page makes the same number of queries whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ClosureFactory,
    CountryFactory,
    KeyFigureFactory,
    OpeningHoursFactory,
    PartnerFactory,
    PlaceFactory,
    ProgrammeFactory,
    SocialLinkFactory,
    TimelineEventFactory,
)

pytestmark = pytest.mark.django_db

PATHS = ["/fr/", "/en/", "/fr/histoire/", "/en/history/", "/fr/programmes/", "/en/contact/"]


def build_content(events, programmes):
    parent = ProgrammeFactory()
    country = CountryFactory()
    partner = PartnerFactory()
    for _index in range(programmes):
        programme = ProgrammeFactory(parent=parent)
        programme.countries.add(country)
        programme.partners.add(partner)
        KeyFigureFactory(programme=parent)
    for index in range(events):
        TimelineEventFactory(programme=parent, is_highlight=index % 3 == 0)
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
def test_page_makes_the_same_number_of_queries_with_5_and_300_events(client, path):
    build_content(events=5, programmes=2)
    few = count_queries(client, path)

    build_content(events=295, programmes=20)
    many = count_queries(client, path)

    assert few == many


def test_programme_page_makes_the_same_number_of_queries_with_few_and_many_children(client):
    small = build_content(events=1, programmes=1)
    few = count_queries(client, small.get_absolute_url())

    large = build_content(events=1, programmes=30)
    many = count_queries(client, large.get_absolute_url())

    assert few == many
