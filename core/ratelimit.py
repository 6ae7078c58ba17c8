"""A per-client limit on what visitors send (contact messages #3, newsletter sign-ups #17,
booking requests #18), kept in a cache of its own.

The counters live in the `ratelimit` cache (settings.CACHES), never in the one that holds
page copies: a flood of distinct addresses filling the page cache would otherwise evict
them and reset every limit (#21, #22). With a shared backend (Redis, the database) the limit
holds across every worker process.
"""

import ipaddress

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render

RATELIMIT_CACHE = "ratelimit"
# One IPv6 customer is given a whole /64 (RFC 6177): counted by address, they could send
# from billions of them.
IPV6_CLIENT_PREFIX = 64


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


def client_key(address):
    """What one client is counted by: its IPv4 address, or the /64 network of its IPv6 one."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 4:
        return str(ip)
    if ip.ipv4_mapped is not None:
        # An IPv4 client seen through a dual-stack socket (::ffff:198.51.100.9).
        return str(ip.ipv4_mapped)
    return str(ipaddress.ip_network(f"{ip}/{IPV6_CLIENT_PREFIX}", strict=False))


def post_allowed(request, scope, limit, window):
    """Count one post of `scope` from this client; False once past `limit` in `window` s."""
    cache = caches[RATELIMIT_CACHE]
    key = f"{scope}-rate:{client_key(client_address(request))}"
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


def render_form(request, template, context, *, status, window):
    """A form's page; refused by the rate limit (status 429), it comes back filled in and
    says when to try again, in its text and in Retry-After."""
    context = {**context, "rate_limited": status == 429, "retry_minutes": -(-window // 60)}
    response = render(request, template, context, status=status)
    if status == 429:
        response["Retry-After"] = str(window)
    return response
