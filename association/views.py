import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView

from association.freshness import publication_changes_at
from association.models import Page, Programme
from association.previews import as_preview, can_preview
from contact.models import Place, upcoming_closures
from contact.opening import places_with_status
from timeline.models import TimelineEvent

logger = logging.getLogger(__name__)


def home(request):
    """The one view that brings programmes, history and places together."""
    now = timezone.now()
    places = places_with_status(request, Place.objects.published().with_hours(), now)
    context = {
        "page": Page.objects.published().filter(key=Page.Key.HOME).first(),
        "programmes": Programme.objects.published().top_level().in_order().as_cards(),
        "highlights": TimelineEvent.objects.published().highlights().chronological(),
        "places": places,
        "closures": upcoming_closures([place for place, _status in places], now),
    }
    publication_changes_at(request, Programme)
    publication_changes_at(request, TimelineEvent)
    return render(request, "association/home.html", context)


class ProgrammeListView(ListView):
    context_object_name = "programmes"

    def get_queryset(self):
        publication_changes_at(self.request, Programme)
        return Programme.objects.published().top_level().in_order().with_children()


class ProgrammeDetailView(DetailView):
    context_object_name = "programme"

    def get_queryset(self):
        publication_changes_at(self.request, Programme)
        return Programme.objects.published().with_details()

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Http404:
            # Only a page the public cannot see asks who the visitor is: a published page
            # then never varies on the session cookie, and the page cache can keep it.
            if not can_preview(self.request, Programme):
                raise
            return super().get_object(Programme.objects.with_details())

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_preview=not self.object.is_live(), **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        return as_preview(response) if context["is_preview"] else response


def standalone_page(request, key):
    page = get_object_or_404(Page.objects.published(), key=key)
    return render(request, "association/page_detail.html", {"page": page, "object": page})


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
