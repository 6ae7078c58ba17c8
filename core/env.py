"""Typed readers for settings that come from the environment.

Every difference between machines is an environment variable with a safe default, so
there is one settings module and nothing exists only in production.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from error


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def require_secret_key(settings):
    """Refuse to serve the site with a key nobody set (see SECRET_KEY in settings.py)."""
    if settings.SECRET_KEY_MISSING:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=true on a developer's machine)."
        )


def make_local_folders(settings):
    """The folders the site writes to on this machine, made when it starts (#21): the
    collected static files, which WhiteNoise looks for, and an SQLite database's."""
    folders = [Path(settings.STATIC_ROOT)]
    for database in settings.DATABASES.values():
        if database["ENGINE"] == "django.db.backends.sqlite3" and database["NAME"] != ":memory:":
            folders.append(Path(database["NAME"]).parent)
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
