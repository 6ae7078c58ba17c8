"""Which days classes come to a workshop (#26): school days of the place's zone of the French
school calendar, not its holidays, weekends or public holidays, unless staff opened the day.

The school holidays come from vacances-scolaires-france, which ships the official calendar
as a data file (updated by its maintainers, from 1990 to a few years ahead): nothing is
fetched at run time. A year past its data counts as having no school holidays; `pip install
-U vacances-scolaires-france` brings the next years.
"""

import functools

from vacances_scolaires_france import SchoolHolidayDates, UnsupportedYearException

from contact.models import public_holidays


@functools.cache
def _calendar():
    return SchoolHolidayDates()


def is_school_holiday(day, zone):
    try:
        return _calendar().is_holiday_for_zone(day, zone)
    except UnsupportedYearException:
        return False


def is_school_day(place, day):
    return (
        day.weekday() < 5
        and not is_school_holiday(day, place.school_zone)
        and day not in public_holidays(place.country, day.year, "fr")
    )


def offers_slots_on(place, day):
    """Whether `place` takes bookings on `day`: any day with opening hours when it follows
    no school calendar; else a school day, or a day staff opened (prefetch
    `place__bookable_days` to ask for many days in no query)."""
    if not place.school_zone:
        return True
    return is_school_day(place, day) or any(
        opened.day == day for opened in place.bookable_days.all()
    )
