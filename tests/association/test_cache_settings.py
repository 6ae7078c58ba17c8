"""Cache, sessions and media are shared by every app server, whichever backend is configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SHOW = (
    "import json; from django.conf import settings; "
    "print(json.dumps([settings.CACHES['default'], settings.SESSION_ENGINE, "
    "settings.STORAGES['default']['BACKEND']]))"
)


def settings_with(**env):
    environ = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "MEDIA_S3_BUCKET")}
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
    cache, sessions, _media = settings_with(REDIS_URL="redis://127.0.0.1:6379/6")

    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/6"
    assert sessions == "django.contrib.sessions.backends.cached_db"


def test_without_redis_the_cache_and_sessions_live_in_the_database():
    cache, sessions, media = settings_with()

    assert cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert sessions == "django.contrib.sessions.backends.db"
    assert media == "django.core.files.storage.FileSystemStorage"


def test_a_bucket_name_puts_uploaded_images_on_the_object_store():
    _cache, _sessions, media = settings_with(MEDIA_S3_BUCKET="lepartenariat-media")

    assert media == "storages.backends.s3.S3Storage"
