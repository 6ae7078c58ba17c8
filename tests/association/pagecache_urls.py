"""Views that exercise the page cache's rules where the site has no such page yet."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

renders = []


def with_csrf_token(request):
    renders.append(request.path)
    return HttpResponse(f'<form method="post"><input name="t" value="{get_token(request)}">')


def plain_page(request):
    renders.append(request.path)
    return HttpResponse("A page")


def sets_a_cookie(request):
    renders.append(request.path)
    response = HttpResponse("Hello")
    response.set_cookie("seen", "yes")
    return response


# Under a language prefix, like every page of the site.
urlpatterns = i18n_patterns(
    path("form/", with_csrf_token),
    path("page/", plain_page),
    path("cookie/", sets_a_cookie),
)
