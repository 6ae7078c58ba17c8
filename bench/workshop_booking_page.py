"""How long the free slots and the booking page take, with 0 and 500 confirmed groups.

Run: .venv/bin/python bench/workshop_booking_page.py   (uses a throw-away SQLite file,
or the database of DATABASE_URL if set). Prints milliseconds and query counts.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")

import django

django.setup()

import datetime  # noqa: E402

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from lepartenariat.seeding import seed_all  # noqa: E402
from workshops.models import BookingRequest, Workshop  # noqa: E402
from workshops.slots import free_slots  # noqa: E402


def timed(function, runs=20):
    durations = []
    for _run in range(runs):
        start = time.perf_counter()
        function()
        durations.append((time.perf_counter() - start) * 1000)
    return statistics.median(durations)


def confirm(workshop, start):
    BookingRequest.objects.create(
        workshop=workshop,
        place=workshop.place,
        school="Bench",
        town="Lille",
        contact_name="Bench",
        email="bench@example.org",
        phone="0",
        class_level=5,
        pupils=25,
        language="fr",
        preferred_slots=[start.isoformat()],
        status=BookingRequest.Status.CONFIRMED,
        confirmed_start=start,
        confirmed_end=start + workshop.duration,
    )


def fill_bookings(workshop, past):
    """Years of past groups, and every other free slot of the coming weeks taken."""
    zone = workshop.place.zone
    day = timezone.localdate() - datetime.timedelta(days=1)
    for index in range(past):
        hour = 9 if index % 2 else 14
        confirm(workshop, datetime.datetime.combine(day, datetime.time(hour), tzinfo=zone))
        day -= datetime.timedelta(days=index % 2)
    loaded = Workshop.objects.with_place_hours().get(pk=workshop.pk)
    for slot in free_slots(loaded)[::2]:
        confirm(workshop, slot.start)


def measure(label, workshop):
    client = Client(HTTP_HOST="127.0.0.1")
    path = workshop.get_absolute_url()
    loaded = Workshop.objects.with_place_hours().get(pk=workshop.pk)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, response.status_code
    # Counted now: the next request resets the connection's query log.
    query_count = len(queries)
    print(
        f"{label}: free_slots {timed(lambda: free_slots(loaded)):.1f} ms, "
        f"booking page {timed(lambda: client.get(path)):.1f} ms, {query_count} queries, "
        f"{len(free_slots(loaded))} slots offered"
    )


def main():
    call_command("migrate", verbosity=0)
    seed_all()
    workshop = Workshop.objects.get(seed_key="immersion-saint-louis-village")
    plain_static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with override_settings(
        ALLOWED_HOSTS=["127.0.0.1"],
        STORAGES={**settings.STORAGES, "staticfiles": plain_static},
    ):
        measure("no confirmed group", workshop)
        fill_bookings(workshop, past=1000)
        measure("1000 past groups, every other coming slot taken", workshop)


if __name__ == "__main__":
    main()
