from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext

from core.pagecache import cache_query_params
from core.views import PublishedDetailView
from events.calendar import events_ics
from events.models import EVENTS_PER_PAGE, Event

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


@cache_query_params("page")
def event_list(request):
    now = timezone.now()
    events = Event.objects.published().upcoming_then_past(now).as_cards()
    page_obj = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    cards = list(page_obj)
    # Coming events are listed first: a past one heading the first page means none is
    # coming, which the page says rather than leaving visitors to infer it (#26).
    nothing_coming = page_obj.number == 1 and (not cards or cards[0].is_past)
    return render(
        request,
        "events/event_list.html",
        {"page_obj": page_obj, "nothing_coming": nothing_coming},
    )


class EventDetailView(PublishedDetailView):
    model = Event
    context_object_name = "event"

    def get_queryset(self):
        return super().get_queryset().with_details()

    def get_preview_queryset(self):
        return Event.objects.with_details()

    def get_context_data(self, **kwargs):
        now = timezone.now()
        return super().get_context_data(is_past=self.object.is_past(now), **kwargs)


class EventIcsView(EventDetailView):
    def render_to_response(self, context, **response_kwargs):
        event = context["event"]
        body = events_ics([event], lambda e: self.request.build_absolute_uri(e.get_absolute_url()))
        response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
        return response


def calendar_feed(request):
    now = timezone.now()
    events = Event.objects.published().upcoming(now).select_related("place")
    body = events_ics(
        events,
        lambda event: request.build_absolute_uri(event.get_absolute_url()),
        name=gettext("Le Partenariat: agenda"),
    )
    return HttpResponse(body, content_type=ICS_CONTENT_TYPE)
