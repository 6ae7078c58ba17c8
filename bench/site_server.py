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
import time
import urllib.request
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
SITEMAP_NAMESPACE = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}
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
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{base_url}/healthz")
            yield base_url
        finally:
            server.terminate()
            server.wait(timeout=10)


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def public_paths(base_url):
    """Every page of the sitemap, then the translated "not found" page in each language."""
    with urllib.request.urlopen(f"{base_url}/sitemap.xml", timeout=10) as response:
        root = ElementTree.fromstring(response.read())
    locations = root.iterfind("sitemap:url/sitemap:loc", SITEMAP_NAMESPACE)
    return [urlsplit(location.text).path for location in locations]
