"""The news and agenda pages make the same number of queries with 5 and 1,000 items (#15),
at most 15 with a cold cache (#21)."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import pagecache
from events.models import Event
from news.models import NewsPost
from tests.factories import (
    EventFactory,
    NewsPostFactory,
    PlaceFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 9, tzinfo=datetime.UTC)
# Whatever the cache: on the default database cache, reading and writing it are queries too.
PAGE_BUDGET = 15


def build(count, programme, place):
    # Built in bulk: the rows matter here, not the save signals.
    posts = NewsPost.objects.bulk_create(NewsPostFactory.build_batch(count))
    NewsPost.programmes.through.objects.bulk_create(
        NewsPost.programmes.through(newspost=post, programme=programme) for post in posts
    )
    events = EventFactory.build_batch(count)
    for index, event in enumerate(events):
        # Half to come, half over, every other one at a place.
        event.start_date = datetime.date(2026, 12, 2) + datetime.timedelta(
            days=index if index % 2 else -index
        )
        event.place = place if index % 2 else None
        event.set_moments()
    events = Event.objects.bulk_create(events)
    Event.programmes.through.objects.bulk_create(
        Event.programmes.through(event=event, programme=programme) for event in events
    )


def count_queries(client, path):
    """With a cold cache, as after each save: what a committed save does, then the page."""
    pagecache.invalidate_and_prepare()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


@time_machine.travel(NOW, tick=False)
def test_news_and_agenda_pages_make_the_same_number_of_queries_with_5_and_1000_items(client):
    programme = ProgrammeFactory()
    place = PlaceFactory()
    post = NewsPostFactory()
    post.programmes.add(programme)
    event = EventFactory(place=place, start_date=datetime.date(2026, 12, 20))
    event.programmes.add(programme)
    build(5, programme, place)
    paths = [
        "/fr/",
        "/en/",
        "/fr/actualites/",
        "/en/news/?page=2",
        f"/fr/actualites/?programme={programme.slug_fr}",
        post.get_absolute_url(),
        "/fr/actualites/flux/",
        f"/en/news/feed/?programme={programme.slug_en}",
        "/fr/agenda/",
        "/en/events/?page=2",
        event.get_absolute_url(),
        event.get_ics_url(),
        "/fr/agenda/calendrier.ics",
        programme.get_absolute_url(),
    ]
    few = {path: count_queries(client, path) for path in paths}

    build(995, programme, place)
    many = {path: count_queries(client, path) for path in paths}

    assert few == many
    assert {path: count for path, count in many.items() if count > PAGE_BUDGET} == {}
