"""Attachments downloaded from the old site, only when the operator asks (`--fetch`, #24).

By default files come from a copy of `wp-content/uploads` alone. With `--fetch`, a file
missing from it is downloaded from its address on the old site: only from the old site's own
hosts (redirects included, so an export cannot point the server at another machine), over
http(s), within a timeout and reading at most one byte more than the size the checks allow.
"""

import urllib.request
from urllib.error import HTTPError
from urllib.parse import urlsplit

from django.utils.translation import gettext

# Seconds to wait for the old site at each step of a download.
TIMEOUT = 10


class FetchError(Exception):
    pass


def _allowed(url, hosts):
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (
        (parts.hostname or "").removeprefix("www.") in hosts
    )


class _SameSiteRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, hosts):
        self.hosts = hosts

    def redirect_request(self, request, fp, code, message, headers, new_url):
        if not _allowed(new_url, self.hosts):
            raise HTTPError(new_url, code, gettext("redirected off the old site"), headers, fp)
        return super().redirect_request(request, fp, code, message, headers, new_url)


def download(url, hosts, limit):
    """The bytes at `url`, at most `limit` + 1; raise FetchError with the reason."""
    if not _allowed(url, hosts):
        raise FetchError(gettext("not an address of the old site"))
    opener = urllib.request.build_opener(_SameSiteRedirects(hosts))
    try:
        with opener.open(url, timeout=TIMEOUT) as response:
            return response.read(limit + 1)
    except (OSError, ValueError) as error:
        raise FetchError(str(getattr(error, "reason", error))) from None
