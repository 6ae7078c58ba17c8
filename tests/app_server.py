"""The site served by gunicorn in a process of its own, as in production (#7)."""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.ports import free_port
from tests.throwaway_postgres import wait_until

BASE_DIR = Path(__file__).resolve().parents[1]


def get(url, timeout=30):
    """(status, body) of a GET; an HTTP error status is an answer, not an exception."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@contextmanager
def app_server(
    database_url,
    workers=1,
    *,
    port=None,
    app="lepartenariat.wsgi",
    settings_module="tests.app_server_settings",
    **environment,
):
    """Serve the site with gunicorn on `port` (a free one by default) with persistent
    database connections, as in production. The tests and the benchmarks (bench/) use it
    alike; `environment` adds or overrides variables (PAGE_CACHE_SECONDS, REDIS_URL…)."""
    port = port or free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))},
        "DATABASE_URL": database_url,
        "DJANGO_SECRET_KEY": "app-server-tests-only",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_CONN_MAX_AGE": "600",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": settings_module,
        **environment,
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--timeout",
            "60",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        if not wait_until(lambda: process.poll() is not None or answers(base_url), timeout=60):
            raise RuntimeError("gunicorn did not start within 60 s")
        if process.poll() is not None:
            raise RuntimeError(process.stdout.read().decode())
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def answers(base_url):
    try:
        get(f"{base_url}/robots.txt", timeout=2)
    except OSError:
        return False
    return True


def healthz(base_url):
    status, body = get(f"{base_url}/healthz")
    return status, json.loads(body)
