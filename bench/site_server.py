"""A throwaway copy of the seeded site, served as in production, for the browser benchmarks.

Its database and media live in a temporary folder, so that running a benchmark never
touches the developer's own `var/db.sqlite3`. Debug is off and static files are collected,
so WhiteNoise serves the compressed, hashed files a visitor would get.
"""

import contextlib
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from tests.app_server import app_server  # noqa: E402
from tests.public_pages import paths_in_sitemap  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


@contextlib.contextmanager
def seeded_site(port):
    with tempfile.TemporaryDirectory(prefix="lepartenariat-bench-") as folder:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{folder}/site.sqlite3",
            "DJANGO_MEDIA_ROOT": f"{folder}/media",
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "benchmark-only-key"),
        }
        manage(env, "compilemessages", "--ignore=.venv", "--verbosity=0")
        manage(env, "migrate", "--noinput", "--verbosity=0")
        manage(env, "seed_content")
        manage(env, "collectstatic", "--noinput", "--verbosity=0")
        with app_server(
            env["DATABASE_URL"],
            port=port,
            settings_module="lepartenariat.settings",
            DJANGO_MEDIA_ROOT=env["DJANGO_MEDIA_ROOT"],
            DJANGO_SECRET_KEY=env["DJANGO_SECRET_KEY"],
            DJANGO_DEBUG="false",
        ) as base_url:
            yield base_url


def public_paths(base_url):
    """Every page of the sitemap."""
    with urllib.request.urlopen(f"{base_url}/sitemap.xml", timeout=10) as response:
        return paths_in_sitemap(response.read())
