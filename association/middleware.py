from django.conf import settings


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
