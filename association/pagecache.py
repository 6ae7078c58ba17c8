"""The rendered-page cache: fast for visitors, never stale for staff.

Pages are kept in Django's shared cache (Redis or the database, see settings), keyed by a
*content version*: a random token, also in the shared cache, that any save or delete of
content replaces. Every worker of every app server reads the same token, so one save makes
every cached page of every process stale at once, and a lost token only costs a re-render.

A page is cached only for an anonymous GET whose response is public: no cookie set, no CSRF
token (which belongs to one visitor), no `Cache-Control: private`/`no-store` from the view.
A view showing clock-driven content calls `association.freshness.content_changes_at`; the page
then leaves the cache at that moment.
"""

import hashlib
import logging
import math
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:content-version"
# Headers a cached page is served with again; the others are set anew per response.
KEPT_HEADERS = ("Content-Type", "Content-Language", "X-Frame-Options", "ETag")


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def invalidate():
    """Make every cached page stale, in every process that shares the cache."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def content_changed(sender, **kwargs):
    # Now, so that this process re-renders at once; and again after the commit, because a
    # page rendered by another worker before the commit still shows the old content.
    invalidate()
    transaction.on_commit(invalidate, using=kwargs.get("using"))


def connect_content_models():
    """Watch every model of the content apps, including the through-tables of their M2Ms."""
    content_apps = set(settings.PAGE_CACHE_CONTENT_APPS)
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in content_apps:
            uid = f"pagecache:{model._meta.label}"
            post_save.connect(content_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(content_changed, sender=model, dispatch_uid=uid)
            m2m_changed.connect(content_changed, sender=model, dispatch_uid=uid)


def seconds_to_keep(request, now):
    """How long the page may stay cached: until its content changes by the clock at most."""
    seconds = settings.PAGE_CACHE_SECONDS
    changes_at = getattr(request, "content_changes_at", None)
    if changes_at is not None:
        # Rounded down: a page must leave the cache before, never after, its change.
        seconds = min(seconds, math.floor((changes_at - now).total_seconds()))
    return max(seconds, 0)


def is_for_anyone(request):
    if request.method not in ("GET", "HEAD"):
        return False
    # Without a session cookie the visitor is anonymous, and no session query is needed.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True
    return not request.user.is_authenticated


def is_public(request, response):
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


def page_key(request, version):
    path = hashlib.md5(request.get_full_path().encode(), usedforsecurity=False).hexdigest()
    return f"pagecache:page:{version}:{get_language()}:{request.get_host()}:{path}"


def shared_headers(response, seconds):
    """Browsers revalidate (ETag, 304); a front proxy may keep the page a few seconds."""
    shared = min(settings.PAGE_SHARED_CACHE_SECONDS, seconds)
    if shared > 0:
        patch_cache_control(response, public=True, max_age=0, s_maxage=shared)
    else:
        patch_cache_control(response, no_cache=True)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_for_anyone(request):
            response = self.get_response(request)
            if request.method in ("GET", "HEAD") and request.user.is_authenticated:
                # Staff must see their edit at once, never a copy kept by a browser or proxy.
                add_never_cache_headers(response)
            return response

        try:
            version = content_version()
            key = page_key(request, version)
            stored = cache.get(key)
        except Exception:
            # Whatever the backend raises (Redis or the database down), the page is still
            # served, rendered; the health check then reports what is wrong.
            logger.exception("Page cache unavailable")
            return self.get_response(request)
        if stored is not None:
            content, headers, expires = stored
            seconds = math.floor(expires - timezone.now().timestamp())
            if seconds > 0:
                response = HttpResponse(content)
                for name, value in headers.items():
                    response[name] = value
                shared_headers(response, seconds)
                return response

        response = self.get_response(request)
        if request.method == "GET" and is_public(request, response):
            now = timezone.now()
            seconds = seconds_to_keep(request, now)
            if seconds > 0:
                digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
                response["ETag"] = f'"{digest}"'
                headers = {name: response[name] for name in KEPT_HEADERS if name in response}
                cache.set(key, (response.content, headers, now.timestamp() + seconds), seconds)
                shared_headers(response, seconds)
            else:
                patch_cache_control(response, no_cache=True)
        elif request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
            # One visitor's token or cookie: no browser or proxy may hand it to another.
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ("Cookie",))
        return response
