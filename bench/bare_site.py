"""The smallest honest Django site, the yardstick of bench/pages.py.

A `startproject` site reduced to one view: Django's default middleware, debug off,
persistent connections like the site's (DJANGO_CONN_MAX_AGE), the same DATABASE_URL and a
Redis cache from REDIS_URL. The view reads 25 rows of the history with one SQL query and
renders them with a plain template; the same view also sits behind Django's `cache_page`.
Whatever the site does beyond this costs what the gap between the two shows.

    gunicorn bench.bare_site:application
"""

import os
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.shortcuts import render
from django.urls import path
from django.views.decorators.cache import cache_page

settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ["DJANGO_SECRET_KEY"],
    ALLOWED_HOSTS=os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1").split(","),
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
    ],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [Path(__file__).resolve().parent / "templates"],
            "OPTIONS": {
                "context_processors": [
                    "django.template.context_processors.request",
                    "django.contrib.auth.context_processors.auth",
                    "django.contrib.messages.context_processors.messages",
                ],
            },
        }
    ],
    DATABASES={
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"],
            conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
            conn_health_checks=True,
        )
    },
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "bare",
        }
    },
)


def rows(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title_fr, year FROM timeline_timelineevent ORDER BY id LIMIT 25")
        return render(request, "bare_rows.html", {"rows": cursor.fetchall()})


urlpatterns = [
    path("rows/", rows),
    path("rows/cached/", cache_page(3600)(rows)),
]

application = get_wsgi_application()
