from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language

from contact.templatetags.contact_tags import json_ld
from core.images import picture_context
from events.models import Event

register = template.Library()

EVENT_STATUSES = {
    Event.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Event.Status.POSTPONED: "https://schema.org/EventPostponed",
    Event.Status.CANCELLED: "https://schema.org/EventCancelled",
}


def moment(day, time, local):
    return local.isoformat() if time is not None else day.isoformat()


def location(event):
    if event.is_online:
        return {"@type": "VirtualLocation", "url": event.url or None}
    if event.place_id is not None:
        return {
            "@type": "Place",
            "name": event.place.name,
            "address": event.place.postal_address(),
        }
    if event.address:
        place = {"@type": "Place", "name": event.address, "address": event.address}
        if event.url:
            place["url"] = event.url
        return place
    return None


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    """schema.org Event: start with its offset, status, place and organiser."""
    request = context["request"]
    picture = picture_context(event.image_renditions)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "inLanguage": get_language(),
        "startDate": moment(event.start_date, event.start_time, event.local_start()),
        "eventStatus": EVENT_STATUSES[event.status],
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
        if event.is_online
        else "https://schema.org/OfflineEventAttendanceMode",
        "organizer": {
            "@type": "NGO",
            "name": "Le Partenariat",
            "url": request.build_absolute_uri(reverse("home")),
        },
        "image": [
            request.build_absolute_uri(picture["src"] if picture else static("img/og-image.png"))
        ],
    }
    if event.end_date or event.end_time:
        data["endDate"] = moment(
            event.end_date or event.start_date, event.end_time, event.local_end()
        )
    where = location(event)
    if where:
        data["location"] = {k: v for k, v in where.items() if v is not None}
    return json_ld(data)
