"""How fast "open now" and the contact page are, on the seeded content (issue #3).

Run: DJANGO_SECRET_KEY=x .venv/bin/python bench/contact_page.py
Builds a throwaway test database (SQLite in memory unless DATABASE_URL says otherwise),
seeds it, and prints figures; it asserts nothing.
"""

import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    override_settings,
    setup_test_environment,
)

from contact.models import Place  # noqa: E402
from lepartenariat.seeding import seed_all  # noqa: E402


def timed(function, repeat):
    samples = []
    for _index in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


# As in the tests: the hashed manifest exists only after collectstatic.
@override_settings(
    STORAGES={
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
)
def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    seed_all()

    place = Place.objects.with_hours().get(seed_key="centre-gaia")
    start = datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC)
    moments = [start + datetime.timedelta(minutes=37 * step) for step in range(2000)]
    began = time.perf_counter()
    for moment in moments:
        place.status_at(moment)
    per_call = (time.perf_counter() - began) / len(moments) * 1e6
    print(f"Place.status_at: {per_call:.0f} µs per call ({len(moments)} instants over 51 days)")

    client = Client()
    # Each request starts by emptying the query log, so what is left after one is its own.
    connection.force_debug_cursor = True
    for path in ("/fr/contact/", "/fr/"):
        assert client.get(path).status_code == 200, path
        queries = connection.queries
        median, worst = timed(lambda path=path: client.get(path), 50)
        print(f"GET {path}: median {median:.1f} ms, worst {worst:.1f} ms, {len(queries)} queries")


if __name__ == "__main__":
    main()
