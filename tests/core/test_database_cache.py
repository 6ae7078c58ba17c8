"""The database cache writes each value in one statement and culls the soonest to expire (#21)."""

import pytest
import time_machine
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_cache(settings):
    settings.CACHES = {
        "default": settings.CACHES["default"],
        "database": {
            "BACKEND": "core.db_cache.DatabaseCache",
            "LOCATION": "django_cache",
            "OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2},
        },
    }
    # With REDIS_URL, migrate made no cache table.
    call_command("createcachetable", "django_cache")
    cache = caches["database"]
    cache.clear()
    return cache


def test_several_values_are_written_in_one_query(database_cache):
    with CaptureQueriesContext(connection) as queries:
        database_cache.set_many({"a": 1, "b": [2], "c": None}, 60)

    assert len(queries) == 1
    assert database_cache.get_many(["a", "b", "c"]) == {"a": 1, "b": [2], "c": None}


def test_set_replaces_a_value_in_one_query(database_cache):
    database_cache.set("page", "old", 60)

    with CaptureQueriesContext(connection) as queries:
        database_cache.set("page", "new", 60)

    assert len(queries) == 1
    assert database_cache.get("page") == "new"


def test_add_keeps_a_live_value_and_replaces_an_expired_one(database_cache):
    with time_machine.travel("2026-12-01 10:00Z", tick=False):
        assert database_cache.add("version", "first", 60) is True
        assert database_cache.add("version", "second", 60) is False
        assert database_cache.get("version") == "first"
    with time_machine.travel("2026-12-01 10:05Z", tick=False):
        assert database_cache.add("version", "third", 60) is True
        assert database_cache.get("version") == "third"


def test_a_full_table_loses_the_values_that_expire_soonest_never_one_without_expiry(
    database_cache,
):
    database_cache.set("pagecache:content-version", "v1", None)
    for index in range(12):
        database_cache.set(f"pagecache:page:{index:02}", index, 600 + index)

    assert database_cache.get("pagecache:content-version") == "v1"
    assert database_cache.get("pagecache:page:00") is None
    assert database_cache.get("pagecache:page:11") == 11
