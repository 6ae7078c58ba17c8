"""The rendered-page cache: fast for visitors, never stale for staff.

Pages are kept in Django's shared cache (Redis or the database, see settings), keyed by a
*content version*: a random token, also in the shared cache, that any save or delete of
content replaces. Every worker of every app server reads the same token, so one save makes
every cached page of every process stale at once, and a lost token only costs a re-render.

A page is cached only for an anonymous GET whose response is public: no cookie set, no CSRF
token (which belongs to one visitor), no `Cache-Control: private`/`no-store` from the view,
and no query parameter but those the view declares it reads (`cache_query_params`): any
other query string is answered without being stored, so that a flood of made-up addresses
(`/fr/?x=1`, `?x=2`…) cannot fill the cache (#21).

Some content changes with no save: a place opens or closes, a publication date arrives, an
event ends. Every kind of content says when it next does (`PublicContent.next_change`), and
no page is kept beyond the earliest of those moments, whatever it shows: one bound for every
page, looked up once per content version, so that no view or template tag has to remember
what it shows (#21). A save already makes every page stale, so a page-by-page bound would
only keep a few pages a little longer.

What is the same on every page and changes only with saved content (the footer, the next
change by the clock) is kept under the same version by `content_cached`, so that a page
rendered again does not rebuild it.
"""

import functools
import hashlib
import logging
import math
import pickle
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers, patch_cache_control

from core.content import public_content_models

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:content-version"


def content_version():
    return cache.get(VERSION_KEY) or new_content_version()


def new_content_version():
    version = uuid.uuid4().hex
    if cache.add(VERSION_KEY, version, timeout=None):
        return version
    # Another worker added one first: the version is the one that won.
    return cache.get(VERSION_KEY)


def invalidate():
    """Make every cached page stale, in every process that shares the cache."""
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    return version


# Values every page needs, which whoever saves content computes again at once for the new
# version (`prepared_after_saves`), so that the first page after a save does not.
PREPARED = {}


def prepared_after_saves(parts, compute, per_language=True):
    """Have `compute()` (what `content_cached(request, parts, …)` would compute) computed
    after each committed save into the new version's shared values of every language: in
    each language, or once for all when the value does not depend on it."""
    PREPARED[tuple(parts)] = (compute, per_language)


def invalidate_and_prepare():
    version = invalidate()
    try:
        prepared = list(PREPARED.items())
        once = {parts: run() for parts, (run, per_language) in prepared if not per_language}
        shared = {}
        for code, _name in settings.LANGUAGES:
            values = ContentValues(version, None)
            with translation.override(code):
                for parts, (run, _per_language) in prepared:
                    value = once[parts] if parts in once else run()
                    values.put(":".join([code, *parts]), value)
            shared[content_values_key(code)] = values.stored()
        cache.set_many(shared, CONTENT_CACHE_SECONDS)
    except Exception:
        # The save is committed: the first page to need the values computes them instead.
        logger.exception("Page cache unavailable")


def content_changed(sender, **kwargs):
    # Now, so that this process re-renders at once; and again after the commit, because a
    # page rendered by another worker before the commit still shows the old content.
    invalidate()
    # Once per transaction is enough: an import saving thousands of records in one (#24)
    # would otherwise write the token thousands of times after its commit.
    connection = transaction.get_connection(kwargs.get("using"))
    if not any(callback[1] is invalidate_and_prepare for callback in connection.run_on_commit):
        transaction.on_commit(invalidate_and_prepare, using=kwargs.get("using"))


def connect_content_models():
    """Watch every public content model (core.content), and the through-tables of its M2Ms."""
    for model in public_content_models():
        watched = [model, *(field.remote_field.through for field in model._meta.many_to_many)]
        for sender in watched:
            uid = f"pagecache:{sender._meta.label}"
            post_save.connect(content_changed, sender=sender, dispatch_uid=uid)
            post_delete.connect(content_changed, sender=sender, dispatch_uid=uid)
            m2m_changed.connect(content_changed, sender=sender, dispatch_uid=uid)


NEXT_CHANGE = ["next-change"]


def next_change(now):
    """The first moment after `now` at which any public content changes by the clock, or None."""
    models = public_content_models()
    queries = [query for model in models for query in model.change_moments(now)]
    # The stored moments of every kind in one query, whatever the number of kinds.
    moments = list(queries[0].union(*queries[1:], all=True)) if queries else []
    moments += [model.next_change(now) for model in models]
    return min((moment for moment in moments if moment is not None), default=None)


def cached_next_change(request, now):
    """`next_change(now)`, looked up once per content version: it stays true until it passes."""
    return content_cached(
        request,
        NEXT_CHANGE,
        lambda: next_change(now),
        holds=lambda moment: moment is None or moment > now,
    )


# Computed by whoever saves, so that the first page after a save does not pay its queries.
prepared_after_saves(NEXT_CHANGE, lambda: next_change(timezone.now()), per_language=False)


def seconds_to_keep(request, now):
    """How long the page may stay cached: until content changes by the clock at most."""
    seconds = settings.PAGE_CACHE_SECONDS
    changes_at = cached_next_change(request, now)
    if changes_at is not None:
        # Rounded down: a page must leave the cache before, never after, its change.
        seconds = min(seconds, math.floor((changes_at - now).total_seconds()))
    return max(seconds, 0)


def cache_query_params(*names):
    """Declare the query parameters `view` reads (`page`, `q`…): the page cache keeps a copy
    per value of these, and none of a request that carries any other."""

    def decorator(view):
        @functools.wraps(view)
        def declared_view(request, *args, **kwargs):
            request.page_cache_query_params = frozenset(names)
            return view(request, *args, **kwargs)

        return declared_view

    return decorator


def has_only_declared_params(request):
    return set(request.GET) <= getattr(request, "page_cache_query_params", frozenset())


def has_session_cookie(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_logged_in(request):
    # Without a session cookie nobody is logged in, and the session is not read.
    user = getattr(request, "user", None)
    return has_session_cookie(request) and user is not None and user.is_authenticated


def is_public(request, response):
    """May this response be given to any visitor? Read once the whole stack has run."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if is_logged_in(request):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    # The key is the address: a page that varies on anything else is not shared.
    return not response.has_header("Vary")


CONTENT_CACHE_SECONDS = 24 * 3600


def content_values_key(language):
    return f"pagecache:content:{language}"


class ContentValues:
    """What `content_cached` holds for one language under one content version: stored as
    one cache entry, read with the page and written back with it, so that the values a page
    needs cost no round trip of their own (#21). Only for values every page may share (the
    footer, the next scheduled change of each kind), never one per record, since every page
    reads them all.

    The values travel pickled once more, as bytes: a page served from the cache fetches them
    with it but never unpickles them, so that a cached page costs no more than before."""

    def __init__(self, version, stored):
        self.version = version
        self.packed = stored[1] if stored is not None and stored[0] == version else None
        self.changed = False

    @functools.cached_property
    def values(self):
        return {} if self.packed is None else pickle.loads(self.packed)

    def get(self, name, holds):
        if name in self.values and (holds is None or holds(self.values[name])):
            return self.values[name]
        raise KeyError(name)

    def put(self, name, value):
        self.values[name] = value
        self.changed = True

    def stored(self):
        return (self.version, pickle.dumps(self.values, pickle.HIGHEST_PROTOCOL))


def content_cached(request, parts, compute, holds=None):
    """What saved content alone decides, computed once per content version and language,
    then read from the shared cache by every worker, also when the page itself must be
    rendered again: the footer's HTML, the next change by the clock. `holds(value)` says
    whether a stored value is still true now, for one that the clock ends."""
    name = ":".join([translation.get_language(), *parts])
    # Read with the page by PageCacheMiddleware, which writes them back after the response.
    values = getattr(request, "content_values", None)
    alone = values is None
    if alone:
        # Without the middleware (the page cache off, or outside a page), each value is an
        # entry of its own, read once per request.
        values = request.__dict__.setdefault("content_values_read", ContentValues(None, None))
    try:
        return values.get(name, holds)
    except KeyError:
        value = content_cached_alone(request, name, compute, holds) if alone else compute()
        values.put(name, value)
        return value


def content_cached_alone(request, name, compute, holds):
    try:
        version = getattr(request, "content_version", None) or content_version()
        request.content_version = version
        digest = hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()
        key = f"pagecache:content:{version}:{digest}"
        stored = cache.get(key)
    except Exception:
        logger.exception("Page cache unavailable")
        return compute()
    # Stored in a tuple, so that a value of None is told apart from nothing stored.
    if stored is not None and (holds is None or holds(stored[0])):
        return stored[0]
    # Stored under the version read before computing: a save meanwhile makes it unused.
    value = compute()
    try:
        cache.set(key, (value,), CONTENT_CACHE_SECONDS)
    except Exception:
        logger.exception("Page cache unavailable")
    return value


def page_key(request):
    path = hashlib.md5(request.get_full_path().encode(), usedforsecurity=False).hexdigest()
    # The scheme too: a plain-http request must reach SecurityMiddleware's HTTPS redirect.
    return f"pagecache:page:{request.scheme}:{request.get_host()}:{path}"


def shared_cache_control(seconds):
    """Browsers revalidate (ETag, 304); a front proxy may keep the page a few seconds."""
    shared = min(settings.PAGE_SHARED_CACHE_SECONDS, seconds)
    return f"public, max-age=0, s-maxage={shared}" if shared > 0 else "no-cache"


class PageCacheMiddleware:
    """Placed above every middleware but the conditional GET, so that a cached page is sent
    as it was first sent, security headers included, without running them again; the
    language is part of every page's address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not settings.PAGE_CACHE_SECONDS
            or request.method not in ("GET", "HEAD")
            # Static files are answered by WhiteNoise below, never stored here.
            or request.path_info.startswith(settings.STATIC_URL)
        ):
            return self.get_response(request)
        try:
            key = page_key(request)
        except DisallowedHost:
            # The stack below answers it, in the visitor's language.
            return self.get_response(request)
        # Every public address starts with its language; others share the default's values.
        values_key = content_values_key(
            translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        )
        try:
            # One round trip to the cache fetches the content version, the page and the
            # values pages share (content_cached).
            found = cache.get_many([VERSION_KEY, key, values_key])
            version = found.get(VERSION_KEY) or new_content_version()
        except Exception:
            # Whatever the backend raises (Redis or the database down), the page is still
            # served, rendered; the health check then reports what is wrong.
            logger.exception("Page cache unavailable")
            return self.get_response(request)

        # What is computed below is kept under the same version (content_cached).
        request.content_version = version
        request.content_values = ContentValues(version, found.get(values_key))
        stored = found.get(key)
        # With a session cookie the visitor may be staff: never serve them a stored page.
        if stored is not None and not has_session_cookie(request):
            stored_version, expires, content, headers = stored
            seconds = math.floor(expires - timezone.now().timestamp())
            if stored_version == version and seconds > 0:
                response = HttpResponse(content, headers=headers)
                response["Cache-Control"] = shared_cache_control(seconds)
                return response

        response = self.get_response(request)
        values = request.content_values
        shared = {values_key: values.stored()} if values.changed else {}
        public = is_public(request, response)
        storable = public and has_only_declared_params(request)
        if public and not storable:
            # Parameters no view reads: answered, but kept by no cache, nor nginx's.
            patch_cache_control(response, no_cache=True)
        if not (storable and self.store(request, response, key, version, shared)) and shared:
            try:
                cache.set_many(shared, CONTENT_CACHE_SECONDS)
            except Exception:
                logger.exception("Page cache unavailable")
        if public:
            return response
        if is_logged_in(request):
            # Staff must see their edit at once, never a copy kept by a browser or proxy.
            add_never_cache_headers(response)
        elif response.cookies or response.has_header("Vary"):
            # One visitor's token or cookie: no browser or proxy may hand it to another.
            patch_cache_control(response, private=True)
        return response

    def store(self, request, response, key, version, shared):
        """Keep the page, and with it in the same write the values pages share (`shared`),
        which then last as long as the page: the next page to miss them computes them again.
        Returns whether it tried; the caller otherwise keeps the values alone."""
        now = timezone.now()
        seconds = seconds_to_keep(request, now)
        if seconds <= 0:
            patch_cache_control(response, no_cache=True)
            return False
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        response["ETag"] = f'"{digest}"'
        headers = {
            name: value
            for name, value in response.items()
            if name.lower() not in ("cache-control", "expires", "date")
        }
        try:
            # The version read before rendering: a save during the render leaves it stale.
            page = (version, now.timestamp() + seconds, response.content, headers)
            cache.set_many({key: page, **shared}, seconds)
        except Exception:
            logger.exception("Page cache unavailable")
            patch_cache_control(response, no_cache=True)
            return True
        response["Cache-Control"] = shared_cache_control(seconds)
        return True
