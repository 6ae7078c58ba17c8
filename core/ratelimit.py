"""A per-client limit on what visitors send (contact messages #3, newsletter sign-ups #17,
booking requests #18), kept in Django's cache.

Works with whichever cache backend CACHES names; with a shared one (Redis) the limit holds
across every worker process.
"""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_address(request):
    """The visitor's IP address.

    Behind N trusted reverse proxies (DJANGO_TRUSTED_PROXY_COUNT), the address is the Nth
    entry from the right of X-Forwarded-For: the entries left of it are whatever the client
    chose to send, so trusting them would let anyone escape the limit.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def post_allowed(request, scope, limit, window):
    """Count one post of `scope` from this client; False once past `limit` in `window` s."""
    key = f"{scope}-rate:{client_address(request)}"
    # add() then incr() are each atomic on every backend Django ships for shared caches,
    # so concurrent posts from one client cannot all slip under the limit.
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add() and incr(): this post starts a new window.
        cache.add(key, 1, timeout=window)
        count = 1
    return count <= limit


def contact_post_allowed(request):
    """Count one message from this client; False once past the limit for the window."""
    return post_allowed(
        request, "contact", settings.CONTACT_RATE_LIMIT, settings.CONTACT_RATE_WINDOW
    )


def render_form(request, template, context, *, status, window):
    """A form's page; refused by the rate limit (status 429), it comes back filled in and
    says when to try again, in its text and in Retry-After."""
    context = {**context, "rate_limited": status == 429, "retry_minutes": -(-window // 60)}
    response = render(request, template, context, status=status)
    if status == 429:
        response["Retry-After"] = str(window)
    return response
