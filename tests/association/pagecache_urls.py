"""Views that exercise the page cache's rules where the site has no such page yet."""

import datetime

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path
from django.utils import timezone

from core.freshness import content_changes_at

renders = []


def with_csrf_token(request):
    renders.append(request.path)
    return HttpResponse(f'<form method="post"><input name="t" value="{get_token(request)}">')


def open_for_ten_more_seconds(request):
    renders.append(request.path)
    content_changes_at(request, timezone.now() + datetime.timedelta(seconds=10))
    return HttpResponse("Open now")


def open_for_nine_and_a_half_more_seconds(request):
    renders.append(request.path)
    content_changes_at(request, timezone.now() + datetime.timedelta(seconds=9.5))
    return HttpResponse("Open now")


def changing_this_instant(request):
    renders.append(request.path)
    content_changes_at(request, timezone.now())
    return HttpResponse("Closing now")


def sets_a_cookie(request):
    renders.append(request.path)
    response = HttpResponse("Hello")
    response.set_cookie("seen", "yes")
    return response


# Under a language prefix, like every page of the site.
urlpatterns = i18n_patterns(
    path("form/", with_csrf_token),
    path("open-now/", open_for_ten_more_seconds),
    path("open-now-and-a-half/", open_for_nine_and_a_half_more_seconds),
    path("closing/", changing_this_instant),
    path("cookie/", sets_a_cookie),
)
