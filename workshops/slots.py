"""The free slots of a workshop, built only on `Place.intervals_on(day)`.

A slot starts when an opening interval starts and lasts the workshop's duration, so a place
with a morning and an afternoon interval offers at most two groups a day, one per set of
rooms. Slots are computed in the place's own time zone: "Thursday 09:00" stays 09:00 in
Lille across the daylight-saving changes.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format

from workshops.models import BookingRequest
from workshops.school_calendar import offers_slots_on

# How far ahead teachers can choose: a school term is planned about three months ahead.
BOOKING_WEEKS = 14


@dataclass(frozen=True)
class Slot:
    start: datetime.datetime
    end: datetime.datetime

    @property
    def value(self):
        """The form value: the local start with its UTC offset, unambiguous in any zone."""
        return self.start.isoformat(timespec="minutes")

    @property
    def label(self):
        # The day is formatted as a date: DateFormat on an aware datetime is several
        # times slower, and the booking page formats over a hundred slots.
        day = date_format(self.start.date(), "l j F Y")
        return f"{day}, {self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def monday(self):
        return self.start.date() - datetime.timedelta(days=self.start.weekday())


def slot_at(start, duration):
    # Adding a timedelta to a zoneinfo datetime moves the wall clock, which is what a
    # workshop of three hours means even on a day whose offset changes.
    return Slot(start=start, end=start + duration)


def day_slots(place, day, duration):
    """The slots a place could host on `day`, before confirmed bookings are removed."""
    zone = place.zone
    slots = []
    for interval in place.intervals_on(day):
        start = datetime.datetime.combine(day, interval.opens, tzinfo=zone)
        closes = datetime.datetime.combine(day, interval.closes, tzinfo=zone)
        slot = slot_at(start, duration)
        if slot.end <= closes:
            slots.append(slot)
    return slots


def taken_starts(place, start, end):
    return set(
        BookingRequest.objects.confirmed()
        .filter(place=place)
        .between(start, end)
        .values_list("confirmed_start", flat=True)
    )


def free_slots(workshop, *, now=None, weeks=BOOKING_WEEKS):
    """The slots a teacher may choose, from tomorrow on, in order.

    `workshop.place` should come with its opening hours and closures prefetched
    (`Workshop.objects.with_place_hours()`): then the whole list costs one query.
    """
    place = workshop.place
    now = now or timezone.now()
    first_day = now.astimezone(place.zone).date() + datetime.timedelta(days=1)
    last_day = first_day + datetime.timedelta(weeks=weeks)
    days = [
        first_day + datetime.timedelta(days=offset) for offset in range((last_day - first_day).days)
    ]
    candidates = [
        slot
        for day in days
        if offers_slots_on(place, day)
        for slot in day_slots(place, day, workshop.duration)
    ]
    if not candidates:
        return []
    taken = taken_starts(place, candidates[0].start, candidates[-1].end)
    return [slot for slot in candidates if slot.start not in taken]
