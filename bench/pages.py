"""How fast are the public pages, against the machine's physical limit?

Builds a PostgreSQL database with 1,000 history events, 50 programmes, 1,000 news posts and
200 events (#15), starts the site under gunicorn (sync workers, one per core) twice — page
cache off, then on — and the shipped deploy/nginx.conf in front of the cached one; saves
every page as a file served by nginx alone (the physical limit), then measures each page in
both languages with wrk, in rounds that take turns between the ways of serving
(BENCH_ROUNDS, default 3, of BENCH_DURATION, default 2s), and prints the median requests/s,
p50, p99 and the ratio to static for each way. Then it shows how rendering grows from 10 to
1,000 to 10,000 events, unless BENCH_GROWTH=0.

The targets of #6 are ratios to static, calibrated on another machine against two references:
a bare Django view (bench/bare_site.py: `startproject` middleware, one query, 25 rows, a plain
template) and the same view from Django's per-view cache (`cache_page`). How far Django's own
floor sits from static depends on the machine, so the run measures both references the same
way (same gunicorn workers, wrk settings, PostgreSQL and Redis) and prints them under the
pages: a page is read against them, not against the figures of the issue.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lp6_bench \\
    REDIS_URL=redis://127.0.0.1:6379/6 .venv/bin/python bench/pages.py

Needs wrk and nginx (apt-get install wrk nginx-light). The database named in DATABASE_URL is
dropped and made again. BENCH_PORT (default 8650) and the four ports after it are used.
"""

import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

DURATION = os.environ.get("BENCH_DURATION", "2s")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
PORT = int(os.environ.get("BENCH_PORT", "8650"))
# BENCH_GROWTH=0 leaves out the render-growth table (10,000 events), for a brief run.
GROWTH = os.environ.get("BENCH_GROWTH", "1") != "0"
CORES = os.cpu_count() or 1

os.environ.update(
    DJANGO_SETTINGS_MODULE="lepartenariat.settings",
    DJANGO_SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "bench-only-" + "x" * 40),
    DJANGO_DEBUG="false",
    DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
    DJANGO_LOG_LEVEL="WARNING",
)
if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
    sys.exit("Set DATABASE_URL to a PostgreSQL database this benchmark may drop and refill.")

from tests.app_server import app_server  # noqa: E402
from tests.nginx import start_front, start_nginx  # noqa: E402


def manage(*args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, check=True, stdout=subprocess.DEVNULL
    )


def recreate_database():
    import dj_database_url
    import psycopg

    database = dj_database_url.parse(os.environ["DATABASE_URL"])
    with psycopg.connect(
        host=database["HOST"], port=database["PORT"], user=database["USER"], dbname="postgres"
    ) as admin:
        admin.autocommit = True
        admin.execute(f'DROP DATABASE IF EXISTS "{database["NAME"]}"')
        admin.execute(f'CREATE DATABASE "{database["NAME"]}"')


def add_events(count):
    from tests.factories import TimelineEventFactory
    from timeline.models import TimelineEvent

    batch = TimelineEventFactory.build_batch(count)
    for index, event in enumerate(batch):
        event.body_fr = event.body_en = "<p>" + "Une étape de l’histoire. " * 8 + "</p>"
        event.is_highlight = index % 200 == 0
    TimelineEvent.objects.bulk_create(batch, batch_size=1000)


def add_news_and_agenda(programme, posts, events):
    """A thousand posts and a few hundred events, half of them to come (#15)."""
    import datetime

    from events.models import Event
    from news.models import NewsPost
    from tests.factories import EventFactory, NewsPostFactory

    batch = NewsPostFactory.build_batch(posts)
    for post in batch:
        post.body_fr = post.body_en = "<p>" + "Une actualité de l’association. " * 20 + "</p>"
    through = NewsPost.programmes.through
    through.objects.bulk_create(
        through(newspost=post, programme=programme)
        for post in NewsPost.objects.bulk_create(batch, batch_size=1000)
    )
    today = datetime.date.today()
    batch = EventFactory.build_batch(events)
    for index, event in enumerate(batch):
        event.start_date = today + datetime.timedelta(days=index - events // 2)
        event.set_moments()
    Event.objects.bulk_create(batch, batch_size=1000)


def vacuum_analyze():
    # As autovacuum does soon after a bulk load: the planner then knows the tables' sizes,
    # and index-only scans (the count of published events) need not visit the table.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def build_content():
    from core import pagecache
    from lepartenariat.seeding import seed_all
    from tests.factories import (
        CountryFactory,
        KeyFigureFactory,
        PageFactory,
        PartnerFactory,
        ProgrammeFactory,
    )
    from timeline.models import TimelineEvent

    seed_all()
    for key in ("privacy", "legal", "accessibility"):
        PageFactory(key=key)
    parent = ProgrammeFactory(name_fr="Programme parent", name_en="Parent programme")
    country, partner = CountryFactory(), PartnerFactory()
    for _index in range(50 - 8):
        child = ProgrammeFactory(parent=parent)
        child.countries.add(country)
        child.partners.add(partner)
        KeyFigureFactory(programme=child)
    add_events(1000 - TimelineEvent.objects.count())
    add_news_and_agenda(parent, posts=1000, events=200)
    vacuum_analyze()
    pagecache.invalidate()
    return parent


def public_paths(programme):
    from django.urls import reverse
    from django.utils import translation

    names = [
        "home",
        "timeline:history",
        "association:programme_list",
        "contact:contact",
        "association:privacy",
        "association:legal",
        "association:accessibility",
    ]
    from news.models import NewsPost

    names += ["news:list", "events:list"]
    post = NewsPost.objects.published().newest_first().first()
    paths = []
    for language in ("fr", "en"):
        with translation.override(language):
            paths += [reverse(name) for name in names]
            paths.append(programme.get_absolute_url())
            paths.append(post.get_absolute_url())
    return paths


def serve(stack, port, app="lepartenariat.wsgi:application", **env):
    """The site (or `app`) under gunicorn as in production: the tests' own harness."""
    return stack.enter_context(
        app_server(
            os.environ["DATABASE_URL"],
            CORES,
            port=port,
            app=app,
            settings_module="lepartenariat.settings",
            DJANGO_SECRET_KEY=os.environ["DJANGO_SECRET_KEY"],
            DJANGO_ALLOWED_HOSTS=os.environ["DJANGO_ALLOWED_HOSTS"],
            DJANGO_DEBUG="false",
            **env,
        )
    )


def stop(process):
    process.terminate()
    process.wait()


def wrk(url, connections=CONNECTIONS, duration=DURATION):
    threads = min(CORES, connections)
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} error responses\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return rps, milliseconds(output, "50%"), milliseconds(output, "99%")


def milliseconds(output, percentile):
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def fetch(url):
    import urllib.request

    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def save_static_copies(paths, base_url, root):
    sizes = {}
    for path in paths:
        html = fetch(base_url + path)
        sizes[path] = len(html)
        # Structured data (JSON-LD) is not JavaScript.
        SCRIPTS[path] = html.count(b"<script") - html.count(b'<script type="application/ld+json"')
        target = root / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html)
    return sizes


SCRIPTS = {}

# Paths of bench/bare_site.py, and what each measures.
REFERENCES = {
    "/rows/": "bare Django view: 25 rows, one query",
    "/rows/cached/": "bare Django view from Django's per-view cache",
}


def static_server_conf(port, root):
    return (
        f"server {{ listen 127.0.0.1:{port}; root {root}; "
        "location / { try_files $uri $uri/index.html =404; } }"
    )


def measure_serving(paths, modes):
    """Each page served each way, in rounds that take turns, so that a passing load on the
    machine touches every way alike; rps, p50 and p99 are each the median of the rounds."""
    rows = []
    for path in paths:
        runs = {mode: [] for mode in modes}
        for _round in range(ROUNDS):
            for mode, base_url in modes.items():
                runs[mode].append(wrk(base_url + path))
        row = {"path": path}
        for mode, figures in runs.items():
            row[mode] = tuple(statistics.median(values) for values in zip(*figures, strict=True))
        rows.append(row)
    return rows


def print_serving_table(rows, sizes, single):
    modes = ["uncached", "app cache", "nginx front"]
    print(
        f"\n## Pages, 1,000 events and 50 programmes: wrk -c{CONNECTIONS} -d{DURATION}, "
        f"median of {ROUNDS} rounds"
    )
    print(f"- gunicorn sync workers: {CORES} (one per core); rps · p50 · p99 (ms) · % of static")
    load = ", ".join(f"{figure:.1f}" for figure in os.getloadavg())
    print(f"- machine load average at the end (1, 5, 15 min): {load} on {CORES} cores\n")
    header = "| page | KB | static rps | " + " | ".join(modes) + " | uncached p50 at 1 conn |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    ratios = {mode: [] for mode in modes}
    for row in rows:
        static_rps = row["static"][0]
        cells = []
        for mode in modes:
            rps, p50, p99 = row[mode]
            ratios[mode].append(rps / static_rps)
            cells.append(f"{rps:,.0f} · {p50:.1f} · {p99:.1f} · {100 * rps / static_rps:.1f} %")
        print(
            f"| {row['path']} | {sizes[row['path']] / 1024:.1f} | {static_rps:,.0f} | "
            + " | ".join(cells)
            + f" | {single[row['path']]:.1f} ms |"
        )
    return {mode: min(ratios[mode]) for mode in modes}


def print_reference_table(rows, sizes):
    print("\n### References: the same gunicorn, wrk, PostgreSQL and Redis (bench/bare_site.py)\n")
    print("| reference | KB | static rps | rps · p50 · p99 · % of static |")
    print("|---|---|---|---|")
    ratios = {}
    for row in rows:
        static_rps = row["static"][0]
        rps, p50, p99 = row["served"]
        ratios[row["path"]] = rps / static_rps
        print(
            f"| {REFERENCES[row['path']]} | {sizes[row['path']] / 1024:.1f} | {static_rps:,.0f} "
            f"| {rps:,.0f} · {p50:.1f} · {p99:.1f} · {100 * rps / static_rps:.1f} % |"
        )
    return ratios


def print_summary(lowest, references, sizes):
    print()
    for mode, ratio in lowest.items():
        print(f"- {mode}: lowest {100 * ratio:.1f} % of static")
    print(
        f"- app cache lowest {100 * lowest['app cache']:.1f} % vs bare per-view cache "
        f"{100 * references['/rows/cached/']:.1f} %; uncached lowest "
        f"{100 * lowest['uncached']:.1f} % vs bare view {100 * references['/rows/']:.1f} %"
    )
    print(f"- largest page: {max(sizes.values()) / 1024:.1f} KB of HTML")


def print_targets(rows, reference_rows, single):
    """The targets of #21, in requests per second of this run."""
    served = {row["path"]: row["served"][0] for row in reference_rows}
    uncached = min(row["uncached"][0] for row in rows) / served["/rows/"]
    cached = min(row["app cache"][0] for row in rows) / served["/rows/cached/"]
    print(f"- uncached, lowest: {uncached:.2f}× the bare view's requests/s (target ≥ 0.25×)")
    print(f"- app cache, lowest: {cached:.2f}× Django's cache_page (target ≥ 1.5×)")
    print(f"- uncached p50 at one connection, highest: {max(single.values()):.1f} ms (target ≤ 10)")


def print_static_sizes():
    import json

    import brotli

    static_root = BASE_DIR / "var" / "static"
    # The manifest names the stylesheet pages link to now, not older hashed copies.
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    raw = (static_root / manifest["css/site.css"]).read_bytes()
    print(
        f"- {manifest['css/site.css']}: {len(raw) / 1024:.1f} KB, "
        f"{len(brotli.compress(raw)) / 1024:.1f} KB with brotli (the only stylesheet)"
    )
    print(f"- JavaScript <script> elements on the public pages: {sum(SCRIPTS.values())}")


def render_growth():
    from django.conf import settings
    from django.test import Client

    from core import pagecache
    from timeline.models import EVENTS_PER_PAGE, TimelineEvent

    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    print("\n## Render time as the history grows (in process, median of 15, cache off)\n")
    print("| events | history ms | history KB | last history page ms | home ms | home KB |")
    print("|---|---|---|---|---|---|")
    for total in (10, 1000, 10000):
        TimelineEvent.objects.all().delete()
        add_events(total)
        vacuum_analyze()
        pagecache.invalidate()
        last_page = -(-total // EVENTS_PER_PAGE)
        figures = []
        for path in ("/fr/histoire/", f"/fr/histoire/?page={last_page}", "/fr/"):
            client.get(path)
            timings = []
            for _index in range(15):
                start = time.perf_counter()
                response = client.get(path)
                timings.append(1000 * (time.perf_counter() - start))
            figures.append((statistics.median(timings), len(response.content) / 1024))
        (history_ms, history_kb), (last_ms, _kb), (home_ms, home_kb) = figures
        print(
            f"| {total:,} | {history_ms:.1f} | {history_kb:.1f} | {last_ms:.1f} "
            f"| {home_ms:.1f} | {home_kb:.1f} |"
        )
    print(
        f"\nWith 10,000 events the history is {-(-10000 // EVENTS_PER_PAGE)} pages of "
        f"{EVENTS_PER_PAGE} steps (?page=N, links to earlier and later steps): every page "
        "weighs the same whatever the total, and the first renders in about the same time; "
        "a deep page also walks the steps before it (SQL OFFSET)."
    )


def main():
    recreate_database()
    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    import django

    django.setup()
    paths = public_paths(build_content())

    run_dir = Path(tempfile.mkdtemp(prefix="lp-bench-"))
    try:
        with contextlib.ExitStack() as servers:
            serve(servers, PORT, PAGE_CACHE_SECONDS="0")
            serve(servers, PORT + 1)
            front = start_front(
                run_dir / "front", PORT + 2, f"127.0.0.1:{PORT + 1}", BASE_DIR, CORES
            )
            servers.callback(stop, front)
            serve(servers, PORT + 4, "bench.bare_site:application")
            sizes = save_static_copies(paths, f"http://127.0.0.1:{PORT + 1}", run_dir / "pages")
            reference_sizes = save_static_copies(
                REFERENCES, f"http://127.0.0.1:{PORT + 4}", run_dir / "pages"
            )
            static = start_nginx(
                run_dir / "static",
                PORT + 3,
                static_server_conf(PORT + 3, run_dir / "pages"),
                CORES,
            )
            servers.callback(stop, static)
            modes = {
                "static": f"http://127.0.0.1:{PORT + 3}",
                "uncached": f"http://127.0.0.1:{PORT}",
                "app cache": f"http://127.0.0.1:{PORT + 1}",
                "nginx front": f"http://127.0.0.1:{PORT + 2}",
            }
            for base_url in modes.values():
                for path in paths:
                    fetch(base_url + path)
            rows = measure_serving(paths, modes)
            reference_modes = {"static": modes["static"], "served": f"http://127.0.0.1:{PORT + 4}"}
            for base_url in reference_modes.values():
                for path in REFERENCES:
                    fetch(base_url + path)
            reference_rows = measure_serving(REFERENCES, reference_modes)
            single = {path: wrk(modes["uncached"] + path, 1, "2s")[1] for path in paths}
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)

    lowest = print_serving_table(rows, sizes, single)
    references = print_reference_table(reference_rows, reference_sizes)
    print_summary(lowest, references, sizes)
    print_targets(rows, reference_rows, single)
    print_static_sizes()
    if GROWTH:
        render_growth()


if __name__ == "__main__":
    main()
