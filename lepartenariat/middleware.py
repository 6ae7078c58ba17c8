from urllib.parse import urlsplit

from django.middleware import locale
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from pages.models import Page


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, but an address without a language prefix is sent to `/fr/…` only when a
    page is there.

    Staff pages' route (#23) takes every slug-shaped address under the prefix, so Django
    would send any unknown `/something/` to `/fr/something/` only to answer 404 there; it
    now answers 404 at once, and the log of missing pages keeps the address as asked.
    """

    def process_response(self, request, response):
        answer = super().process_response(request, response)
        if response.status_code != 404 or answer is response or self.page_is_there(answer):
            return answer
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", get_language())
        return response

    def page_is_there(self, redirect):
        path = urlsplit(redirect["Location"]).path
        try:
            match = resolve(path)
        except Resolver404:
            return False
        if match.view_name != "pages:page":
            return True
        return Page.objects.published().at_path(match.kwargs["path"], get_language()).exists()
