"""Where does an uncached page spend its time? cProfile over in-process renders (#21).

Builds the same content as bench/pages.py (1,000 history events, 50 programmes, 1,000 news
posts, 200 events) in the PostgreSQL database named in DATABASE_URL (dropped and made
again), then renders the home page, a programme, the history and the news list with the
page cache off, BENCH_RENDERS times each (default 30), and prints the median time and the
functions that took most of it, own time first.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lp_profile \\
    REDIS_URL=redis://127.0.0.1:6379/6 .venv/bin/python bench/profile_pages.py
"""

import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.pages import build_content, manage, recreate_database

RENDERS = int(os.environ.get("BENCH_RENDERS", "30"))
SHOWN = int(os.environ.get("BENCH_SHOWN", "18"))


def profile(client, path):
    client.get(path)
    timings = []
    profiler = cProfile.Profile()
    for _index in range(RENDERS):
        start = time.perf_counter()
        profiler.enable()
        response = client.get(path)
        profiler.disable()
        timings.append(1000 * (time.perf_counter() - start))
        assert response.status_code == 200, path
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(SHOWN)
    stats.sort_stats("cumulative").print_stats(SHOWN)
    print(f"\n## {path}: median {statistics.median(timings):.1f} ms over {RENDERS} renders\n")
    print(out.getvalue())


def main():
    recreate_database()
    manage("migrate", "--noinput")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    programme = build_content()
    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    for path in ("/fr/", programme.get_absolute_url(), "/fr/histoire/", "/fr/actualites/"):
        profile(client, path)


if __name__ == "__main__":
    main()
