"""The site makes its local folders when it starts, not when its settings are imported (#21)."""

import subprocess
import sys
from types import SimpleNamespace

from core.env import make_local_folders
from tests.app_server import BASE_DIR

REFUSE_MKDIR = (
    "import pathlib\n"
    "def refuse(*args, **kwargs):\n"
    "    raise AssertionError('a folder was made on import')\n"
    "pathlib.Path.mkdir = refuse\n"
    "import lepartenariat.settings\n"
)


def test_importing_the_settings_makes_no_folder():
    result = subprocess.run(
        [sys.executable, "-c", REFUSE_MKDIR], cwd=BASE_DIR, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr


def test_at_start_the_static_and_sqlite_folders_are_made(tmp_path):
    local = SimpleNamespace(
        STATIC_ROOT=tmp_path / "var" / "static",
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": tmp_path / "data" / "db.sqlite3",
            },
        },
    )

    make_local_folders(local)

    assert (tmp_path / "var" / "static").is_dir()
    assert (tmp_path / "data").is_dir()
