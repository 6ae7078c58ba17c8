"""Protection against cross-site request forgery from the browser's own headers (#6).

Django's protection puts a per-visitor token in the form and a cookie in the browser, so no
cache may share a page that carries it. A form anyone may send without logging in (the
contact form) does not need that secret: a forgery is a browser made to post by a page of
another site, and browsers say where a post comes from. `Sec-Fetch-Site` says it outright
(every current browser); `Origin`, sent on every cross-origin POST, says it for the older
ones. A client sending neither is not a browser that another site can drive, and could as
well have copied a token from the page first, so it is let through.

This is the check of Go 1.25's `http.CrossOriginProtection` and of OWASP's "Fetch Metadata"
and "verifying origin with standard headers". Pages that act for someone logged in (the
admin, logins) and the workshop booking forms keep Django's token.
"""

import functools
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.shortcuts import render
from django.utils.http import is_same_domain
from django.utils.log import log_response

# Where Django logs its own CSRF refusals: one logger shows every refused forgery.
logger = logging.getLogger("django.security.csrf")

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
# "none": the visitor's own doing (a bookmark, the address bar), not another page's.
UNFORGED_FETCH_SITES = {"same-origin", "none"}


def own_origin(request):
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return None


def is_trusted_origin(origin):
    """Is `origin` one of CSRF_TRUSTED_ORIGINS, read as Django reads them (`*.` subdomains)?"""
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        if "*" not in trusted:
            if origin == trusted:
                return True
            continue
        pattern = urlsplit(trusted)
        if parts.scheme == pattern.scheme and is_same_domain(
            parts.netloc, pattern.netloc.lstrip("*")
        ):
            return True
    return False


def is_cross_origin(request):
    """Did a browser send this unsafe request on behalf of a page of another origin?"""
    if request.method in SAFE_METHODS:
        return False
    fetch_site = request.headers.get("Sec-Fetch-Site", "")
    origin = request.headers.get("Origin", "")
    if fetch_site:
        if fetch_site in UNFORGED_FETCH_SITES:
            return False
        return not is_trusted_origin(origin)
    if not origin:
        return False
    return origin != own_origin(request) and not is_trusted_origin(origin)


def cross_origin_protected(view):
    """Refuse a cross-origin post to `view` with a translated 403.

    Meant for anonymous public forms, together with `csrf_exempt`, so that their page holds
    no per-visitor token and can be cached for everyone.
    """

    @functools.wraps(view)
    def checked_view(request, *args, **kwargs):
        if is_cross_origin(request):
            return cross_origin_refusal(request)
        return view(request, *args, **kwargs)

    return checked_view


def cross_origin_refusal(request):
    """The translated 403 a cross-origin post gets, logged with Django's CSRF refusals."""
    response = render(request, "403_cross_origin.html", status=403)
    log_response(
        "Forbidden (cross-origin request, Origin %r, Sec-Fetch-Site %r): %s",
        request.headers.get("Origin", ""),
        request.headers.get("Sec-Fetch-Site", ""),
        request.path,
        response=response,
        request=request,
        logger=logger,
    )
    return response
