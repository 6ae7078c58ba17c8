import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from association.models import Page, Programme
from association.shared import page_for_key
from contact.models import upcoming_closures
from contact.opening import places_with_status
from contact.shared import published_places_with_closures
from documents.models import Document
from events.models import HOME_EVENTS, Event
from news.models import RELATED_POSTS, NewsPost
from timeline.models import TimelineEvent

logger = logging.getLogger(__name__)


def home(request):
    """The one view that brings programmes, history and places together."""
    now = timezone.now()
    places = places_with_status(published_places_with_closures(request), now)
    context = {
        "page": page_for_key(request, Page.Key.HOME),
        "programmes": Programme.objects.published().top_level().in_order().as_cards(),
        "highlights": TimelineEvent.objects.published().highlights().chronological(),
        "places": places,
        "closures": upcoming_closures([place for place, _status in places], now),
        "latest_report": Document.objects.published().latest_activity_report(),
        "posts": NewsPost.objects.published().newest_first().as_cards()[:RELATED_POSTS],
        "events": Event.objects.published().upcoming(now).as_cards()[:HOME_EVENTS],
    }
    return render(request, "home.html", context)


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # No restart is needed once the database is back: Django drops the broken
        # connection at the end of this request and the next one opens a new one.
        logger.warning("Health check: database unreachable: %s", error)
        return JsonResponse(
            {"status": "unavailable", "database": f"unreachable: {error.__class__.__name__}"},
            status=503,
        )
    return JsonResponse({"status": "ok", "database": "ok"})


def robots_txt(request):
    lines = [
        "User-agent: *",
        # Result pages only repeat the pages themselves, for any string a crawler invents (#9).
        *(f"Disallow: {path}" for path in search_paths()),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    # A custom admin path is kept out of robots.txt, which anyone can read (#7).
    if settings.ADMIN_PATH == "admin/":
        lines.insert(1, "Disallow: /admin/")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def search_paths():
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("search:results"))
    return paths
