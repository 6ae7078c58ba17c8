"""Rendered pages are served from the shared cache, and never when they could be stale."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.association import pagecache_urls
from tests.factories import (
    ContactMessageFactory,
    CountryFactory,
    ProgrammeFactory,
    TimelineEventFactory,
)

pytestmark = pytest.mark.django_db

CONTENT_TABLES = ("association_", "timeline_", "contact_")


def content_queries(client, path, **kwargs):
    """The response, and the queries it made on content tables (not on cache or sessions)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **kwargs)
    return response, [q["sql"] for q in queries if any(t in q["sql"] for t in CONTENT_TABLES)]


@pytest.fixture
def test_views(settings):
    settings.ROOT_URLCONF = "tests.association.pagecache_urls"
    pagecache_urls.renders.clear()
    return pagecache_urls.renders


def test_a_page_seen_again_is_served_without_reading_the_content(client, seeded):
    first, first_queries = content_queries(client, "/fr/histoire/")
    again, again_queries = content_queries(client, "/fr/histoire/")

    assert first_queries
    assert again_queries == []
    assert again.content == first.content


def test_a_cached_page_carries_the_security_headers_it_was_first_sent_with(client, seeded):
    first, _queries = content_queries(client, "/fr/histoire/")
    again, again_queries = content_queries(client, "/fr/histoire/")

    assert again_queries == []
    for header in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy"):
        assert again[header] == first[header]
    assert "frame-ancestors 'none'" in again["Content-Security-Policy"]


def test_a_plain_http_request_is_sent_to_https_even_when_the_page_is_cached(settings, seeded):
    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    client.get("/fr/histoire/", secure=True)
    assert client.get("/fr/histoire/", secure=True).status_code == 200

    response = client.get("/fr/histoire/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/fr/histoire/"


def test_each_language_is_cached_apart(client, seeded):
    client.get("/fr/")
    client.get("/en/")

    french = client.get("/fr/")
    english = client.get("/en/")

    assert french["Content-Language"] == "fr"
    assert "Highlights of our history" in english.content.decode()
    assert "Highlights of our history" not in french.content.decode()


def test_a_saved_event_shows_at_once_on_the_cached_history_page(client):
    event = TimelineEventFactory(title_fr="Jumelage Lille–Saint-Louis")
    assert "Jumelage Lille–Saint-Louis" in client.get("/fr/histoire/").content.decode()

    event.title_fr = "Jumelage renouvelé"
    event.save()

    html = client.get("/fr/histoire/").content.decode()
    assert "Jumelage renouvelé" in html
    assert "Jumelage Lille–Saint-Louis" not in html


def test_a_deleted_event_leaves_the_cached_history_page_at_once(client):
    event = TimelineEventFactory(title_fr="Étape retirée")
    assert "Étape retirée" in client.get("/fr/histoire/").content.decode()

    event.delete()

    assert "Étape retirée" not in client.get("/fr/histoire/").content.decode()


def test_a_country_added_to_a_programme_shows_at_once_on_its_cached_page(client):
    programme = ProgrammeFactory()
    url = programme.get_absolute_url()
    client.get(url)

    programme.countries.add(CountryFactory(code="GN", name_fr="Guinée", name_en="Guinea"))

    assert "Guinée" in client.get(url).content.decode()


def test_an_edit_saved_by_staff_in_the_admin_shows_at_once_to_visitors(client, staff_client):
    event = TimelineEventFactory(year=1981, title_fr="Naissance", title_en="Birth")
    client.get("/fr/histoire/")

    response = staff_client.post(
        f"/admin/timeline/timelineevent/{event.pk}/change/",
        {
            "year": 1981,
            "title_fr": "Naissance à Lille",
            "title_en": "Birth in Lille",
            "order": 0,
            "is_published": "on",
        },
    )

    assert response.status_code == 302
    assert "Naissance à Lille" in client.get("/fr/histoire/").content.decode()


def test_a_visitors_contact_message_leaves_the_cached_pages_in_place(client, seeded):
    client.get("/fr/")

    ContactMessageFactory()

    _response, queries = content_queries(client, "/fr/")
    assert queries == []


def test_the_cache_is_made_stale_again_once_the_save_is_committed(
    client, django_capture_on_commit_callbacks
):
    # A transaction registers its after-commit invalidation once, at its first save (#24):
    # the whole of this one is captured.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        event = TimelineEventFactory(title_fr="Avant")
        event.title_fr = "Après"
        event.save()
    client.get("/fr/histoire/")
    _response, queries_before_commit = content_queries(client, "/fr/histoire/")

    for callback in callbacks:
        callback()

    response, queries_after_commit = content_queries(client, "/fr/histoire/")
    assert queries_before_commit == []
    assert queries_after_commit
    assert "Après" in response.content.decode()


def test_staff_are_never_served_a_cached_page_and_their_pages_are_never_stored(
    client, staff_client, seeded
):
    client.get("/fr/")

    staff_page, staff_queries = content_queries(staff_client, "/fr/")
    assert staff_queries
    assert "no-store" in staff_page["Cache-Control"]

    Client().get("/en/")
    _response, visitor_queries = content_queries(Client(), "/en/")
    assert visitor_queries == []
    # The history reads its steps whenever it is rendered; what every page shares (places,
    # footer) may come from the values a staff member's visit left (#21).
    staff_client.get("/en/history/")
    _response, visitor_queries = content_queries(Client(), "/en/history/")
    assert visitor_queries


def test_a_post_is_never_answered_from_the_cache(client, test_views):
    client.get("/fr/cookie/")
    client.post("/fr/cookie/")

    assert test_views == ["/fr/cookie/", "/fr/cookie/"]


def test_a_page_carrying_a_csrf_token_is_never_shared_between_visitors(test_views):
    alice, bob = Client(), Client()

    alice_page = alice.get("/fr/form/")
    bob_page = bob.get("/fr/form/")

    assert test_views == ["/fr/form/", "/fr/form/"]
    assert alice_page.content != bob_page.content
    assert alice.cookies["csrftoken"].value != bob.cookies["csrftoken"].value
    assert "private" in bob_page["Cache-Control"]


def test_a_page_that_sets_a_cookie_is_never_cached(client, test_views):
    client.get("/fr/cookie/")
    response = client.get("/fr/cookie/")

    assert test_views == ["/fr/cookie/", "/fr/cookie/"]
    assert "private" in response["Cache-Control"]


def test_every_page_leaves_the_cache_when_any_content_changes_by_the_clock(test_views):
    start = datetime.datetime(2026, 12, 1, 11, 0, 0, tzinfo=datetime.UTC)
    # The page does not show it: one bound holds for every page (#21).
    ProgrammeFactory(publish_from=start + datetime.timedelta(seconds=10))
    with time_machine.travel(start, tick=False) as traveller:
        Client().get("/fr/page/")
        traveller.shift(datetime.timedelta(seconds=9))
        kept = Client().get("/fr/page/")
        traveller.shift(datetime.timedelta(seconds=1))
        Client().get("/fr/page/")

    assert test_views == ["/fr/page/", "/fr/page/"]
    assert "s-maxage=1" in kept["Cache-Control"]


def test_a_change_between_two_seconds_is_never_outlived_by_a_cached_copy(test_views, settings):
    # Content changes at 11:00:09.5: a copy is kept 9 whole seconds, never 10 (#28).
    settings.PAGE_SHARED_CACHE_SECONDS = 5
    start = datetime.datetime(2026, 12, 1, 11, 0, 0, tzinfo=datetime.UTC)
    ProgrammeFactory(publish_until=start + datetime.timedelta(seconds=9.5))
    with time_machine.travel(start, tick=False) as traveller:
        first = Client().get("/fr/page/")
        traveller.shift(datetime.timedelta(seconds=5))
        kept = Client().get("/fr/page/")
        traveller.shift(datetime.timedelta(seconds=4.4))
        Client().get("/fr/page/")

    assert test_views == ["/fr/page/", "/fr/page/"]
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=5"
    # A front proxy may keep this copy until 11:00:09, before the change.
    assert kept["Cache-Control"] == "public, max-age=0, s-maxage=4"


def test_a_page_whose_content_changes_within_the_second_is_not_cached(test_views):
    start = datetime.datetime(2026, 12, 1, 11, 0, 0, tzinfo=datetime.UTC)
    ProgrammeFactory(publish_until=start + datetime.timedelta(milliseconds=500))
    with time_machine.travel(start, tick=False):
        Client().get("/fr/page/")
        response = Client().get("/fr/page/")

    assert test_views == ["/fr/page/", "/fr/page/"]
    assert "no-cache" in response["Cache-Control"]


def test_a_visitor_whose_copy_is_current_gets_304_not_modified(client, seeded):
    first = client.get("/fr/programmes/")
    assert first["ETag"]

    again = client.get("/fr/programmes/", headers={"if-none-match": first["ETag"]})

    assert again.status_code == 304
    assert again.content == b""


def test_a_visitor_whose_copy_is_outdated_gets_the_new_page(client):
    TimelineEventFactory(title_fr="Première version")
    first = client.get("/fr/histoire/")
    TimelineEventFactory(title_fr="Une étape de plus")

    again = client.get("/fr/histoire/", headers={"if-none-match": first["ETag"]})

    assert again.status_code == 200
    assert "Une étape de plus" in again.content.decode()


def test_browsers_revalidate_while_a_front_proxy_may_keep_the_page_five_seconds(client, seeded):
    response = client.get("/fr/")

    assert "max-age=0" in response["Cache-Control"]
    assert "s-maxage=5" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
