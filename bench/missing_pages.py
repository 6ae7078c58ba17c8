"""Whether a flood of bogus addresses keeps the log of missing pages bounded and the 404
answer as fast as before (#23), on the database DATABASE_URL names.

    DJANGO_SECRET_KEY=x .venv/bin/python bench/missing_pages.py [--flood 100000]

It builds a throw-away test database, times a 404 of a new address (the whole answer,
through the test client) with the log empty, then logs `--flood` distinct addresses the way
a 404 does (record_missing, without rendering each page), and times the 404 again. It
prints the size of the log, the median times, and the largest log seen during the flood.
"""

import argparse
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

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    override_settings,
    setup_test_environment,
    teardown_test_environment,
)


def median_ms(function, repeat):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def answer_404(client, counter):
    """A 404 of an address never seen: the costlier case, a new row and a trim."""

    def ask():
        counter[0] += 1
        response = client.get(f"/fr/absente-{counter[0]}/")
        assert response.status_code == 404

    return ask


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--flood", type=int, default=100_000, help="distinct bogus addresses")
    flood = parser.parse_args().flood

    from django.test import Client

    from core.models import MissingPage
    from core.redirects import record_missing

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        client = Client()
        counter = [0]
        client.get("/fr/")
        before = median_ms(answer_404(client, counter), repeat=100)
        now = datetime.datetime.now(datetime.UTC)
        timings = []
        largest = 0
        for number in range(flood):
            start = time.perf_counter()
            record_missing(f"/wp-login-{number}.php", "", now)
            timings.append((time.perf_counter() - start) * 1000)
            if number % 1000 == 0:
                largest = max(largest, MissingPage.objects.count())
        after = median_ms(answer_404(client, counter), repeat=100)
        rows = MissingPage.objects.count()
        first, last = timings[:1000], timings[-1000:]
        print(f"{connection.vendor}, log kept under {settings.MISSING_PAGES_KEPT} addresses")
        print(f"{'':34} {'log rows':>8} {'median ms':>9}")
        print(f"{'404 answer, empty log':34} {0:8} {before:9.2f}")
        print(f"{f'404 answer, after {flood} addresses':34} {rows:8} {after:9.2f}")
        print(f"{'logging an address, first 1000':34} {'':8} {statistics.median(first):9.2f}")
        print(f"{'logging an address, last 1000':34} {'':8} {statistics.median(last):9.2f}")
        print(f"largest log seen during the flood: {largest} rows")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    # Serve static file names as they are: the hashed manifest exists only after collectstatic.
    with override_settings(
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ):
        main()
