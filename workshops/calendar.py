"""The iCalendar file sent with a confirmation, so the visit lands in the teacher's calendar."""

import icalendar
from django.conf import settings
from django.utils import timezone


def booking_ics(booking):
    place = booking.place
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Le Partenariat//Centre Gaia//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"booking-{booking.pk}@{settings.SITE_URL.split('://')[-1]}")
    event.add("dtstamp", timezone.now())
    # Written in the place's zone with its TZID, so calendars show Lille's wall-clock time
    # whatever the zone of the teacher's phone.
    event.add("dtstart", booking.confirmed_start.astimezone(place.zone))
    event.add("dtend", booking.confirmed_end.astimezone(place.zone))
    event.add("summary", f"{booking.workshop.title} – {place.name}")
    event.add("location", place.address_line())
    event.add("description", f"{booking.school}, {booking.town} – {booking.pupils}")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
