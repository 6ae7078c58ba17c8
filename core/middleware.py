import functools
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.files.storage import default_storage


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
