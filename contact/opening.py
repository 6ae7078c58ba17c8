"""Whether a place is open at an instant, and until when or from when (issue #3).

Everything is computed from `Place.intervals_on(day)`, the one source of truth for which
hours a calendar day has once closures and public holidays are taken out. Opening hours are
wall-clock times of the place's own zone, so a moment is first read on the place's clocks:
a moment given in UTC, a day that starts earlier in another zone, and the days when clocks
change all come out right.
"""

import datetime
from dataclasses import dataclass

# A place closed for longer than this (or with no hours at all) has no "next opening" to
# announce; a year is more than the longest closure staff enter.
SEARCH_DAYS = 366


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    # The local calendar day of the moment asked about, for highlighting the week table.
    today: datetime.date
    # When the place closes (if open) or next opens (if closed), as a naive wall-clock time
    # of the place's zone, so that templates show it as is instead of in the site's zone;
    # None when closed with no opening in sight.
    change: datetime.datetime | None
    # How `change` is told: "today", "tomorrow", "week" (a weekday name) or "later" (a date).
    change_when: str
    # Why a day that would be open is closed: the closure's reason or the holiday's name.
    reason: str
    # The instant after which this status (or its wording) is out of date.
    changes_at: datetime.datetime


def _instant(wall, zone, after):
    """The first instant after `after` at which the clocks of `zone` show `wall` or later.

    A wall time shown twice (clocks going back) takes the earlier reading still to come. One
    that is never shown (clocks going forward) is passed at the jump itself, which lies
    between its two readings (Python reads it with the offsets before and after the jump).
    """
    earlier, later = sorted(
        wall.replace(tzinfo=zone, fold=fold).astimezone(datetime.UTC) for fold in (1, 0)
    )
    if later.astimezone(zone).replace(tzinfo=None) != wall:
        while later - earlier > datetime.timedelta(microseconds=1):
            middle = earlier + (later - earlier) / 2
            if middle.astimezone(zone).replace(tzinfo=None) >= wall:
                later = middle
            else:
                earlier = middle
        return max(later, after)
    return min((reading for reading in (earlier, later) if reading > after), default=after)


def _closing_time(intervals, now):
    """When the interval covering wall time `now` ends, adjoining intervals merged; or None."""
    closes = None
    for interval in intervals:
        if closes is None and interval.opens <= now < interval.closes:
            closes = interval.closes
        elif closes is not None and interval.opens <= closes:
            closes = max(closes, interval.closes)
    return closes


def _next_opening(place, today, now):
    """The wall time of the next opening after wall time `now` of `today`, or None."""
    for offset in range(SEARCH_DAYS + 1):
        day = today + datetime.timedelta(days=offset)
        for interval in place.intervals_on(day):
            if offset or interval.opens > now:
                return datetime.datetime.combine(day, interval.opens)
    return None


def _when(local_day, today):
    gap = (local_day - today).days
    if gap == 0:
        return "today"
    if gap == 1:
        return "tomorrow"
    if gap < 7:
        return "week"
    return "later"


def _closed_reason(place, day):
    closure = place.closure_on(day)
    if closure:
        return closure.reason
    return place.public_holiday_on(day)


def opening_status(place, moment):
    """The status of `place` at `moment` (an aware datetime).

    Opening hours are wall-clock times, so the question is asked on the place's clocks:
    what day and time they show at `moment`.
    """
    zone = place.zone
    local = moment.astimezone(zone).replace(tzinfo=None)
    today, now = local.date(), local.time()
    closes = _closing_time(place.intervals_on(today), now)
    if closes is not None:
        change = datetime.datetime.combine(today, closes)
    else:
        change = _next_opening(place, today, now)
    # The wording ("today", "tomorrow", a weekday) also moves on at midnight.
    next_midnight = _instant(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time()),
        zone,
        moment,
    )
    changes_at = min(_instant(change, zone, moment), next_midnight) if change else next_midnight
    return OpeningStatus(
        is_open=closes is not None,
        today=today,
        change=change,
        change_when=_when(change.date(), today) if change else "",
        reason="" if closes is not None else _closed_reason(place, today),
        changes_at=changes_at,
    )


def places_with_status(places, moment):
    """Each place with its status at `moment`, as (place, status) pairs."""
    return [(place, opening_status(place, moment)) for place in places]
