from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from association.models import Page, Programme
from association.shared import page_for_key
from core.pagecache import cache_query_params
from core.previews import as_preview, can_preview
from timeline.models import EVENTS_PER_PAGE, TimelineEvent
from timeline.presentation import build_timeline


@cache_query_params("programme", "page")
def history(request):
    events = TimelineEvent.objects.published()
    programmes = list(
        Programme.objects.published().among(events.programme_ids()).in_order().as_cards()
    )
    selected = None
    wanted = request.GET.get("programme")
    if wanted:
        # Either language's slug is accepted, so the language switcher keeps the filter.
        selected = next((p for p in programmes if wanted in (p.slug_fr, p.slug_en)), None)
        if selected is None:
            raise Http404
        events = events.of_programme(selected)
    # get_page turns a missing, mistyped or too large ?page= into the first or last page.
    page_of_events = Paginator(events.chronological().with_programme(), EVENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    timeline, decades = build_timeline(page_of_events.object_list)
    context = {
        "page": page_for_key(request, Page.Key.HISTORY),
        "events": page_of_events,
        "timeline": timeline,
        "decades": decades,
        "programmes": programmes,
        "selected_programme": selected,
    }
    return render(request, "timeline/history.html", context)


def event_preview(request, pk):
    """The history page as it will look with this event, for staff only."""
    if not can_preview(request, TimelineEvent):
        raise Http404
    event = get_object_or_404(TimelineEvent, pk=pk)
    timeline, decades = build_timeline(
        TimelineEvent.objects.published_with(event).chronological().with_programme()
    )
    context = {
        "page": page_for_key(request, Page.Key.HISTORY),
        "timeline": timeline,
        "decades": decades,
        "previewed_event": event,
        "is_preview": not event.is_live(),
    }
    return as_preview(render(request, "timeline/history.html", context))
