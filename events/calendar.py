"""The agenda in iCalendar (RFC 5545): one file per event and a feed phones subscribe to."""

import datetime

import icalendar
from django.conf import settings
from django.utils import timezone

from core.text import without_control_characters as plain
from events.models import Event

PRODID = "-//Le Partenariat//Agenda//FR"
STATUSES = {
    Event.Status.SCHEDULED: "CONFIRMED",
    Event.Status.POSTPONED: "TENTATIVE",
    Event.Status.CANCELLED: "CANCELLED",
}


def new_calendar(name=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        # Read by Apple and Google calendars as the subscribed calendar's name.
        calendar.add("x-wr-calname", plain(name))
    return calendar


def vevent(event, url, now):
    entry = icalendar.Event()
    # One UID per event whatever the language, so that both feeds update the same entry.
    entry.add("uid", f"event-{event.pk}@{settings.SITE_URL.split('://')[-1]}")
    entry.add("dtstamp", now)
    entry.add("last-modified", event.updated_at)
    if event.has_times:
        # Written in the event's zone with its TZID, so that a calendar shows the time of
        # the place, whatever the zone of the phone.
        entry.add("dtstart", event.local_start())
        if event.end_time is not None:
            entry.add("dtend", event.local_end())
    else:
        entry.add("dtstart", event.start_date)
        # DTEND of a whole-day event is the day after its last (RFC 5545 §3.6.1).
        last_day = event.end_date or event.start_date
        entry.add("dtend", last_day + datetime.timedelta(days=1))
    # RFC 5545 forbids control characters; rows saved before #22 may hold some.
    entry.add("summary", plain(event.title))
    entry.add("description", plain(f"{event.summary}\n\n{url}"))
    entry.add("url", url)
    entry.add("status", STATUSES.get(event.status, "CONFIRMED"))
    location = event.location_line()
    if location:
        entry.add("location", plain(location))
    return entry


def events_ics(events, url_of, name=None):
    """`events` as an iCalendar file; `url_of(event)` gives each event's absolute address."""
    calendar = new_calendar(name)
    now = timezone.now()
    for event in events:
        calendar.add_component(vevent(event, url_of(event), now))
    calendar.add_missing_timezones()
    return calendar.to_ical()
