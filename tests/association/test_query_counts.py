"""Each public page makes the same number of queries whatever the amount of content, and
at most 15 with a cold cache, the admin index at most 25 (#21)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import pagecache
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
    WorkshopFactory,
)
from tests.public_pages import public_paths
from timeline.models import TimelineEvent

pytestmark = pytest.mark.django_db

# Whatever the cache: on the default database cache, reading and writing it are queries too.
PAGE_BUDGET = 15
ADMIN_INDEX_BUDGET = 25


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
        # Search pages find these by "eau" and "water" as much as any programme.
        WorkshopFactory(
            programme=parent, place=place, title_fr="Atelier eau", title_en="Water workshop"
        )
    return parent


def count_queries(client, path):
    """The queries of `path` with a cold cache, as a visitor meets it after each save: what
    happens when a save commits, then the page with neither its copy nor the values pages
    share in the cache."""
    pagecache.invalidate_and_prepare()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def over_budget(counts, budget):
    return {path: count for path, count in counts.items() if count > budget}


def test_every_page_makes_the_same_number_of_queries_with_5_and_1000_events_and_50_programmes(
    client, seeded
):
    for key in ("privacy", "legal", "accessibility"):
        PageFactory(key=key)
    build_content(events=5, programmes=2)
    paths = [*public_paths(client), "/fr/histoire/?page=2"]
    few = {path: count_queries(client, path) for path in paths}

    build_content(events=995, programmes=48)
    many = {path: count_queries(client, path) for path in paths}

    assert few == many
    assert over_budget(many, PAGE_BUDGET) == {}


def test_the_admin_index_makes_the_same_number_of_queries_with_few_and_many_records(
    staff_client, seeded
):
    build_content(events=5, programmes=2)
    # Django keeps the content types it looked up for the life of the process.
    staff_client.get("/admin/")
    few = count_queries(staff_client, "/admin/")

    build_content(events=995, programmes=48)
    many = count_queries(staff_client, "/admin/")

    assert few == many
    assert many <= ADMIN_INDEX_BUDGET


def test_programme_page_makes_the_same_number_of_queries_with_few_and_many_children(client):
    small = build_content(events=1, programmes=1)
    few = count_queries(client, small.get_absolute_url())

    large = build_content(events=1000, programmes=50)
    many = count_queries(client, large.get_absolute_url())

    assert few == many
