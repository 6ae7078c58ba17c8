"""The log of missing pages: counted per address, kept to a fixed size (#23)."""

import datetime

import pytest

from core.models import MissingPage
from core.redirects import record_missing
from tests.pages.queries import cache_reads

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 7, 12, tzinfo=datetime.UTC)


def test_a_404_is_counted_with_its_last_referrer(client):
    client.get("/fr/nulle-part/", HTTP_REFERER="https://example.org/a")
    client.get("/fr/nulle-part/", HTTP_REFERER="https://example.org/b")

    row = MissingPage.objects.get()
    assert (row.path, row.hits, row.last_referrer) == (
        "/fr/nulle-part/",
        2,
        "https://example.org/b",
    )


def test_an_answered_old_address_is_not_logged_as_missing(client):
    client.get("/fr/")
    client.get("/fr/programmes/")

    assert not MissingPage.objects.exists()


def test_the_log_stays_under_its_limit_and_keeps_the_most_hit(settings):
    settings.MISSING_PAGES_KEPT = 4
    for _hit in range(3):
        record_missing("/souvent/", "", NOW)
    record_missing("/parfois/", "", NOW)
    record_missing("/parfois/", "", NOW)
    for number in range(10):
        record_missing(f"/bogus-{number}/", "", NOW + datetime.timedelta(seconds=number))

    assert list(MissingPage.objects.values_list("path", "hits")) == [
        ("/souvent/", 3),
        ("/parfois/", 2),
        ("/bogus-9/", 1),
    ]


def test_a_404_costs_the_same_queries_for_a_new_and_a_known_address(
    client, django_assert_num_queries, settings
):
    # A small log, trimmed at every new address: the costliest case.
    settings.MISSING_PAGES_KEPT = 10
    client.get("/fr/deja-vu/")
    for number in range(50):
        record_missing(f"/bogus-{number}/", "", NOW)

    # One read of the cache when it is the database (the page, the content version and the
    # values pages share: menu, footer), the page lookup, the redirect lookup and the count.
    with django_assert_num_queries(cache_reads() + 3):
        assert client.get("/fr/deja-vu/").status_code == 404
    # The same, then the new row in its savepoint, and the trimming of the log.
    with django_assert_num_queries(cache_reads() + 7):
        assert client.get("/fr/jamais-vu/").status_code == 404
