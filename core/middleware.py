import functools
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.files.storage import default_storage
from django.utils.translation import get_language_from_path

from core.typography import french_typography


class PermissionsPolicyMiddleware:
    """Tell browsers that no page may use the camera, microphone, location or payment.

    One fixed header does not earn a dependency; django-csp and Django's own
    SecurityMiddleware set the other security headers (#7).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


@functools.cache
def media_origin():
    """Where uploaded images are served from when it is another host (an S3 bucket, #4)."""
    url = urlsplit(default_storage.url("probe"))
    return f"{url.scheme}://{url.netloc}" if url.scheme and url.netloc else ""


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, with images also allowed from the media storage's host."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if media_origin():
            parts.update = {**(parts.update or {}), "img-src": [media_origin()]}
        return parts


class FrenchTypographyMiddleware:
    """French typography on every French public page as it leaves the server (#26).

    Titles, meta and sharing tags, plain-text fields, search results and interface strings
    all pass here, so no template has to remember a filter. Only pages under the French
    prefix: the admin keeps what staff typed, and other languages are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            get_language_from_path(request.path_info) == "fr"
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
        ):
            response.content = french_typography(response.content.decode(response.charset))
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
