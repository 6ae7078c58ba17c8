import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_HTTPS": "1",
    "DJANGO_SECRET_KEY": "k3-Yt9vQ2rLm8XwPz4Nc7Hs1Jd6Fb0Ga5Ue2Ri8To4Wy7Qp3Zx",
    "DJANGO_ALLOWED_HOSTS": "www.lepartenariat.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://www.lepartenariat.org",
}


def run(args, extra_env, input_text=None):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        input=input_text,
        timeout=120,
        check=False,
    )


# Requests made in a fresh process, so that the settings are read from its environment.
# /robots.txt needs no database, so no database file is created.
PROBE = """
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="www.lepartenariat.org")
plain = client.get("/robots.txt")
proxied = client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https")
print(json.dumps({
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location", ""),
    "proxied_status": proxied.status_code,
    "hsts": proxied.get("Strict-Transport-Security", ""),
    "csp": proxied.get("Content-Security-Policy", ""),
}))
"""


def probe(extra_env):
    result = run(["-c", PROBE], {"DJANGO_SETTINGS_MODULE": "lepartenariat.settings", **extra_env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_prints_no_warning_in_production_mode():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_does_warn_without_https_so_the_test_above_means_something():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        {**PRODUCTION, "DJANGO_HTTPS": "0"},
    )

    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout


def test_with_https_on_plain_http_is_redirected_and_https_gets_hsts():
    answers = probe(PRODUCTION)

    assert answers["plain_status"] == 301
    assert answers["plain_location"] == "https://www.lepartenariat.org/robots.txt"
    assert answers["proxied_status"] == 200
    assert answers["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert "upgrade-insecure-requests" in answers["csp"]


def test_by_default_the_site_answers_on_plain_http_with_debug_off():
    answers = probe({"DJANGO_SECRET_KEY": "x", "DJANGO_ALLOWED_HOSTS": "www.lepartenariat.org"})

    assert answers["plain_status"] == 200
    assert answers["hsts"] == ""


def test_with_https_on_the_session_and_csrf_cookies_are_secure_and_http_only():
    script = """
import django
django.setup()
from django.conf import settings
print(settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
      settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_HTTPONLY, settings.DEBUG)
"""
    env = {"DJANGO_SETTINGS_MODULE": "lepartenariat.settings"}
    on = run(["-c", script], {**PRODUCTION, **env})
    off = run(["-c", script], {"DJANGO_SECRET_KEY": "x", **env})

    assert on.stdout.splitlines()[-1].split() == ["True", "True", "True", "True", "False"]
    assert off.stdout.splitlines()[-1].split() == ["False", "True", "False", "True", "False"]


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_mistyped_https_switch_stops_the_site_instead_of_guessing(value):
    result = run(["manage.py", "check"], {**PRODUCTION, "DJANGO_HTTPS": value})

    assert result.returncode != 0
    assert "DJANGO_HTTPS must be true or false" in result.stderr


def test_the_site_refuses_to_serve_without_a_secret_key_when_debug_is_off():
    served = run(["-c", "import lepartenariat.wsgi"], {"DJANGO_DEBUG": "false"})

    assert served.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in served.stderr


def test_commands_that_serve_nothing_run_without_a_secret_key():
    checked = run(
        ["manage.py", "makemigrations", "--check", "--dry-run"], {"DJANGO_DEBUG": "false"}
    )

    assert checked.returncode == 0, checked.stderr
