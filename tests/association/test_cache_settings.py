"""The cache and sessions are shared by every app server, whichever backend is configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SHOW = (
    "import json; from django.conf import settings; "
    "print(json.dumps([settings.CACHES['default'], settings.SESSION_ENGINE]))"
)


def settings_with(show=SHOW, **env):
    environ = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "RATELIMIT_REDIS_URL")}
    environ.update(DJANGO_SECRET_KEY="x", DJANGO_SETTINGS_MODULE="lepartenariat.settings", **env)
    output = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {show}"],
        cwd=BASE_DIR,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)


def test_redis_url_puts_the_cache_and_sessions_in_redis():
    cache, sessions = settings_with(REDIS_URL="redis://127.0.0.1:6379/6")

    assert cache["BACKEND"] == "core.redis_cache.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/6"
    assert sessions == "django.contrib.sessions.backends.cached_db"


def test_without_redis_the_cache_and_sessions_live_in_the_database():
    cache, sessions = settings_with()

    assert cache["BACKEND"] == "core.db_cache.DatabaseCache"
    assert sessions == "django.contrib.sessions.backends.db"


SHOW_COUNTERS = (
    "import json; from django.conf import settings; print(json.dumps(settings.CACHES['ratelimit']))"
)


def test_without_redis_the_rate_limit_counters_have_a_table_of_their_own():
    counters = settings_with(SHOW_COUNTERS)

    assert counters["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert counters["LOCATION"] == "django_ratelimit_cache"


def test_with_redis_the_counters_live_under_their_own_prefix_or_their_own_redis():
    shared = settings_with(SHOW_COUNTERS, REDIS_URL="redis://127.0.0.1:6379/6")
    apart = settings_with(
        SHOW_COUNTERS,
        REDIS_URL="redis://127.0.0.1:6379/6",
        RATELIMIT_REDIS_URL="redis://10.0.0.2:6379/0",
    )

    assert (shared["LOCATION"], shared["KEY_PREFIX"]) == (
        "redis://127.0.0.1:6379/6",
        "lp-ratelimit",
    )
    assert apart["LOCATION"] == "redis://10.0.0.2:6379/0"


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a Redis server: set REDIS_URL")
def test_the_redis_cache_keeps_one_client_and_serves_every_call_through_it():
    from core.redis_cache import RedisCache

    cache = RedisCache(os.environ["REDIS_URL"], {"KEY_PREFIX": "test-reused-client"})
    cache.set("page", "first")
    cache.set_many({"page": "second", "other": "third"})

    assert cache.get_many(["page", "other"]) == {"page": "second", "other": "third"}
    assert cache._cache.get_client() is cache._cache.get_client(write=True)
    cache.delete_many(["page", "other"])
