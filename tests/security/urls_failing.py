"""The site's URLs plus views that fail on purpose, to see the error pages a visitor gets."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.urls import path

from lepartenariat.urls import urlpatterns as site_urlpatterns


def crash(request):
    raise RuntimeError("secret internals: DATABASE password=hunter2")


def forbidden(request):
    raise PermissionDenied


# First: the site's own last route takes every slug-shaped address (staff pages, #23).
urlpatterns = [
    *i18n_patterns(path("crash/", crash), path("forbidden/", forbidden)),
    *site_urlpatterns,
]
