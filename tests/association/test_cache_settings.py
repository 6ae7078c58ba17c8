"""The cache and sessions are shared by every app server, whichever backend is configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SHOW = (
    "import json; from django.conf import settings; "
    "print(json.dumps([settings.CACHES['default'], settings.SESSION_ENGINE]))"
)


def settings_with(**env):
    environ = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    environ.update(DJANGO_SECRET_KEY="x", DJANGO_SETTINGS_MODULE="association.settings", **env)
    output = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {SHOW}"],
        cwd=BASE_DIR,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)


def test_redis_url_puts_the_cache_and_sessions_in_redis():
    cache, sessions = settings_with(REDIS_URL="redis://127.0.0.1:6379/6")

    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/6"
    assert sessions == "django.contrib.sessions.backends.cached_db"


def test_without_redis_the_cache_and_sessions_live_in_the_database():
    cache, sessions = settings_with()

    assert cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert sessions == "django.contrib.sessions.backends.db"
