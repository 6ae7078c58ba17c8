"""How fast site search answers as content grows, on the database DATABASE_URL names.

    DJANGO_SECRET_KEY=x .venv/bin/python bench/search.py [--records 2000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lp9 DJANGO_SECRET_KEY=x \\
        .venv/bin/python bench/search.py

It builds a throw-away test database (test_<name>), fills it with the seed content plus
`--records` programmes, events and places of each kind, and prints, for a few queries, the
median time of search_site() and of the whole page, and the page's SQL query count.
"""

import argparse
import os
import statistics
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lepartenariat.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    override_settings,
    setup_test_environment,
    teardown_test_environment,
)
from django.utils import translation  # noqa: E402

QUERIES = [("fr", "gaia"), ("fr", "eau"), ("fr", "écoles sénégal"), ("en", "renewable")]
WORDS = ["eau", "école", "énergie", "solaire", "Sénégal", "Guinée", "Maroc", "jardin", "Lille"]


def fill(records):
    from lepartenariat.seeding import seed_all
    from tests.factories import PlaceFactory, ProgrammeFactory, TimelineEventFactory

    seed_all()
    for index in range(records):
        words = " ".join(WORDS[(index + offset) % len(WORDS)] for offset in range(4))
        text = f"<p>{words} " + "texte de remplissage " * 40 + "</p>"
        ProgrammeFactory(summary_fr=words, body_fr=text, body_en=text)
        TimelineEventFactory(body_fr=text, body_en=text)
        PlaceFactory(description_fr=text)


def median_ms(function, repeat=15):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1000, help="records of each kind")
    records = parser.parse_args().records

    from django.test import Client

    from search.backends import search_site

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        fill(records)
        client = Client()
        print(f"{connection.vendor}, {records} programmes + {records} events + {records} places")
        print(
            f"{'language':8} {'query':16} {'results':>7} {'search ms':>9} {'page ms':>8} {'SQL':>4}"
        )
        for language, query in QUERIES:
            with translation.override(language):
                found = len(search_site(query=query, language=language))
                search = median_ms(partial(search_site, query=query, language=language))
            path = "/fr/recherche/" if language == "fr" else "/en/search/"
            page = median_ms(partial(client.get, path, {"q": query}), repeat=5)
            with CaptureQueriesContext(connection) as queries:
                client.get(path, {"q": query})
            print(f"{language:8} {query:16} {found:7} {search:9.1f} {page:8.1f} {len(queries):4}")
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
