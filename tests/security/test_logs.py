import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from core.logs import JsonFormatter

BASE_DIR = Path(__file__).resolve().parents[2]

LOG_SOMETHING = """
import logging
logger = logging.getLogger("association.example")
logger.warning("Mail server unreachable", extra={"message_id": 42})
try:
    1 / 0
except ZeroDivisionError:
    logger.exception("Could not count")
"""


def test_logs_are_json_lines_on_standard_output():
    env = {**os.environ, "DJANGO_SECRET_KEY": "x", "DJANGO_LOG_LEVEL": "WARNING"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", LOG_SOMETHING],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    entries = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    warning, error = entries[-2:]
    assert warning["level"] == "WARNING"
    assert warning["logger"] == "association.example"
    assert warning["message"] == "Mail server unreachable"
    assert warning["message_id"] == 42
    assert error["level"] == "ERROR"
    assert "ZeroDivisionError" in error["exception"]
    assert "Mail server unreachable" not in result.stderr


def test_with_debug_on_a_django_log_line_is_printed_once():
    env = {**os.environ, "DJANGO_SECRET_KEY": "x", "DJANGO_DEBUG": "true"}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            'import logging; logging.getLogger("django.request").warning("Not Found: /x")',
        ],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    printed = result.stdout + result.stderr
    assert printed.count("Not Found: /x") == 1
    assert json.loads(printed.strip().splitlines()[-1])["message"] == "Not Found: /x"


@pytest.mark.django_db
def test_a_crash_is_logged_as_one_json_entry_with_the_path_and_the_traceback(settings, caplog):
    settings.ROOT_URLCONF = "tests.security.urls_failing"

    Client(raise_request_exception=False).get("/fr/crash/")

    record = next(r for r in caplog.records if r.name == "django.request")
    entry = json.loads(JsonFormatter().format(record))
    assert entry["level"] == "ERROR"
    assert entry["path"] == "/fr/crash/"
    assert entry["method"] == "GET"
    assert entry["status_code"] == 500
    assert "RuntimeError" in entry["exception"]
