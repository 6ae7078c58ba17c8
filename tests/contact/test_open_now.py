"""“Open now — closes at 18:00” / “Closed — opens Tuesday at 10:00”, on the place's clocks."""

import datetime
import zoneinfo

import pytest
import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contact.models import OpeningHours, Place
from core.pagecache import next_change
from tests.factories import ClosureFactory, OpeningHoursFactory, PlaceFactory

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
T = datetime.time


def at(zone_name, *args):
    return datetime.datetime(*args, tzinfo=zoneinfo.ZoneInfo(zone_name))


def lille_office(**kwargs):
    """Open Tuesday to Friday 09:00–12:30 and 14:00–18:00, Saturday 09:00–12:30."""
    place = PlaceFactory(**kwargs)
    for weekday in (1, 2, 3, 4):
        OpeningHoursFactory(place=place, weekday=weekday, opens=T(9), closes=T(12, 30))
        OpeningHoursFactory(place=place, weekday=weekday, opens=T(14), closes=T(18))
    OpeningHoursFactory(place=place, weekday=5, opens=T(9), closes=T(12, 30))
    return Place.objects.with_hours().get(pk=place.pk)


def test_open_in_the_afternoon_closes_at_six():
    status = lille_office().status_at(at("Europe/Paris", 2027, 3, 2, 15, 0))

    assert status.is_open
    assert status.change == datetime.datetime(2027, 3, 2, 18, 0)


def test_lunch_break_is_closed_and_opens_again_today():
    status = lille_office().status_at(at("Europe/Paris", 2027, 3, 2, 13, 0))

    assert not status.is_open
    assert (status.change, status.change_when) == (datetime.datetime(2027, 3, 2, 14), "today")


def test_sunday_evening_opens_on_tuesday_morning():
    status = lille_office().status_at(at("Europe/Paris", 2027, 3, 7, 20, 0))

    assert not status.is_open
    assert (status.change, status.change_when) == (datetime.datetime(2027, 3, 9, 9), "week")


def test_just_after_midnight_in_utc_terms_is_read_on_the_places_clock():
    # 23:30 UTC on Monday is already 00:30 on Tuesday in Paris (winter time).
    status = lille_office().status_at(datetime.datetime(2027, 3, 1, 23, 30, tzinfo=datetime.UTC))

    assert status.today == datetime.date(2027, 3, 2)
    assert (status.change, status.change_when) == (datetime.datetime(2027, 3, 2, 9), "today")


def test_saturday_night_opens_tuesday_after_daylight_saving_starts():
    # Clocks go forward in the night of Saturday 27 to Sunday 28 March 2027.
    place = lille_office()
    saturday_night = at("Europe/Paris", 2027, 3, 27, 23, 0)

    status = place.status_at(saturday_night)

    assert status.change == datetime.datetime(2027, 3, 30, 9)
    # Tuesday 09:00 summer time is 07:00 UTC, not 08:00.
    assert status.changes_at == datetime.datetime(2027, 3, 27, 23, tzinfo=datetime.UTC)
    assert place.status_at(datetime.datetime(2027, 3, 30, 7, 0, tzinfo=datetime.UTC)).is_open
    assert not place.status_at(datetime.datetime(2027, 3, 30, 6, 59, tzinfo=datetime.UTC)).is_open


def test_the_same_instant_is_open_in_dakar_and_closed_in_paris_in_summer():
    # 17:30 in Dakar (UTC, no summer time) is 19:30 in Paris.
    moment = datetime.datetime(2027, 6, 1, 17, 30, tzinfo=datetime.UTC)

    assert lille_office(time_zone="Africa/Dakar").status_at(moment).is_open
    assert not lille_office(time_zone="Europe/Paris").status_at(moment).is_open


def test_a_closure_keeps_the_place_closed_and_gives_its_reason():
    place = PlaceFactory()
    for weekday in range(5):
        OpeningHoursFactory(place=place, weekday=weekday, opens=T(9), closes=T(17))
    ClosureFactory(
        place=place,
        start_date=datetime.date(2026, 12, 24),
        end_date=datetime.date(2027, 1, 3),
        reason_fr="Vacances de Noël",
    )
    place = Place.objects.with_hours().get(pk=place.pk)

    status = place.status_at(at("Europe/Paris", 2026, 12, 28, 10))

    assert not status.is_open
    assert status.reason == "Vacances de Noël"
    # A week or more ahead, the day is told by its date rather than its name.
    assert (status.change, status.change_when) == (datetime.datetime(2027, 1, 4, 9), "later")


def test_easter_monday_is_closed_without_anyone_entering_it():
    place = PlaceFactory(closed_on_public_holidays=True)
    OpeningHoursFactory(place=place, weekday=0, opens=T(9), closes=T(17))
    place = Place.objects.with_hours().get(pk=place.pk)

    status = place.status_at(at("Europe/Paris", 2027, 3, 29, 10))

    assert not status.is_open
    assert status.reason == "lundi de Pâques"
    assert status.change == datetime.datetime(2027, 4, 5, 9)


def test_adjoining_intervals_close_at_the_end_of_the_last():
    place = PlaceFactory()
    OpeningHoursFactory(place=place, weekday=1, opens=T(9), closes=T(12))
    OpeningHoursFactory(place=place, weekday=1, opens=T(12), closes=T(18))
    place = Place.objects.with_hours().get(pk=place.pk)

    assert place.status_at(at("Europe/Paris", 2027, 3, 2, 10)).change.time() == T(18)


def test_a_place_without_hours_is_closed_with_no_opening_announced():
    status = PlaceFactory().status_at(at("Europe/Paris", 2027, 3, 2, 10))

    assert not status.is_open
    assert status.change is None


# Zones with summer time (Paris, New York, Lord Howe's half hour), Morocco's Ramadan
# changes, and zones without any.
ZONES = [
    "Europe/Paris",
    "Africa/Dakar",
    "Africa/Casablanca",
    "Africa/Conakry",
    "America/New_York",
    "Australia/Lord_Howe",
]
MOMENTS = st.datetimes(
    min_value=datetime.datetime(2026, 1, 1),
    max_value=datetime.datetime(2029, 12, 31),
    timezones=st.just(datetime.UTC),
)


@st.composite
def weeks(draw):
    """Per weekday, 0–3 non-overlapping intervals on a 15-minute grid (some adjoining)."""
    week = {}
    for weekday in range(7):
        marks = sorted(draw(st.sets(st.integers(0, 95), max_size=6)))
        pairs = [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
        week[weekday] = [(T(a // 4, a % 4 * 15), T(b // 4, b % 4 * 15)) for a, b in pairs]
    return week


@st.composite
def closures(draw, first=datetime.date(2025, 12, 1), last=datetime.date(2030, 1, 31)):
    start = draw(st.dates(first, last))
    return start, start + datetime.timedelta(days=draw(st.integers(0, 20)))


def build_place(zone, week, closure_ranges, holidays):
    place = PlaceFactory(time_zone=zone, closed_on_public_holidays=holidays)
    OpeningHours.objects.bulk_create(
        OpeningHours(place=place, weekday=weekday, opens=opens, closes=closes)
        for weekday, intervals in week.items()
        for opens, closes in intervals
    )
    for start, end in closure_ranges:
        ClosureFactory(place=place, start_date=start, end_date=end)
    return Place.objects.with_hours().get(pk=place.pk)


def covering(place, wall):
    return [i for i in place.intervals_on(wall.date()) if i.opens <= wall.time() < i.closes]


PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(
    zone=st.sampled_from(ZONES),
    week=weeks(),
    closure_ranges=st.lists(closures(), max_size=3),
    holidays=st.booleans(),
    moment=MOMENTS,
)
def test_open_exactly_when_the_places_clock_is_inside_an_opening_interval(
    zone, week, closure_ranges, holidays, moment
):
    place = build_place(zone, week, closure_ranges, holidays)
    wall = moment.astimezone(zoneinfo.ZoneInfo(zone)).replace(tzinfo=None)

    status = place.status_at(moment)

    assert status.is_open == bool(covering(place, wall))
    assert status.today == wall.date()
    if status.is_open:
        # Closing is later today, and the place is open every minute until then.
        assert status.change.date() == wall.date() and status.change > wall
        minute = wall
        while minute < status.change:
            assert covering(place, minute)
            minute += datetime.timedelta(minutes=1)
        assert not covering(place, status.change)


@PROPERTY
@given(
    zone=st.sampled_from(ZONES),
    week=weeks(),
    closure_ranges=st.lists(closures(), max_size=3),
    holidays=st.booleans(),
    moment=MOMENTS,
)
def test_next_opening_is_the_first_interval_start_after_now(
    zone, week, closure_ranges, holidays, moment
):
    place = build_place(zone, week, closure_ranges, holidays)
    wall = moment.astimezone(zoneinfo.ZoneInfo(zone)).replace(tzinfo=None)

    status = place.status_at(moment)

    if status.is_open:
        return
    starts = [
        datetime.datetime.combine(day, interval.opens)
        for day in (wall.date() + datetime.timedelta(days=n) for n in range(370))
        for interval in place.intervals_on(day)
    ]
    upcoming = [start for start in starts if start > wall]
    assert status.change == (upcoming[0] if upcoming else None)


@PROPERTY
@given(
    zone=st.sampled_from(ZONES),
    week=weeks(),
    closure_ranges=st.lists(closures(), max_size=3),
    moment=MOMENTS,
)
def test_the_status_holds_until_the_moment_it_says_it_changes(zone, week, closure_ranges, moment):
    place = build_place(zone, week, closure_ranges, holidays=True)

    status = place.status_at(moment)

    assert moment < status.changes_at <= moment + datetime.timedelta(days=1, hours=1)
    just_before = status.changes_at - datetime.timedelta(microseconds=1)
    assert place.status_at(just_before) == status
    halfway = moment + (status.changes_at - moment) / 2
    assert place.status_at(halfway) == status


@pytest.mark.parametrize(
    ("now", "french", "english"),
    [
        ((2027, 3, 2, 15), "Ouvert maintenant — ferme à 18\u00a0h", "Open now — closes at 18:00"),
        (
            (2027, 3, 2, 13),
            "Fermé — ouvre aujourd’hui à 14\u00a0h",
            "Closed — opens today at 14:00",
        ),
        (
            (2027, 3, 5, 19),
            "Fermé — ouvre demain à 9\u00a0h",
            "Closed — opens tomorrow at 09:00",
        ),
        ((2027, 3, 6, 13), "Fermé — ouvre mardi à 9\u00a0h", "Closed — opens on Tuesday at 09:00"),
    ],
)
def test_contact_page_says_whether_centre_gaia_is_open(client, now, french, english):
    lille_office(name_fr="Centre Gaïa", name_en="Centre Gaïa")

    with time_machine.travel(at("Europe/Paris", *now), tick=False):
        french_page = client.get("/fr/contact/").content.decode()
        english_page = client.get("/en/contact/").content.decode()

    assert french in french_page
    assert english in english_page


def test_contact_page_says_when_a_closed_place_opens_after_a_long_closure(client):
    place = lille_office()
    ClosureFactory(
        place=place,
        start_date=datetime.date(2027, 7, 24),
        end_date=datetime.date(2027, 8, 22),
        reason_fr="Congés d’été",
        reason_en="Summer holidays",
    )

    with time_machine.travel(at("Europe/Paris", 2027, 8, 2, 10), tick=False):
        french_page = client.get("/fr/contact/").content.decode()
        english_page = client.get("/en/contact/").content.decode()

    assert "Fermé — ouvre le mardi 24 août à 9\u00a0h" in french_page
    assert "Aujourd’hui\u00a0: Congés d’été" in french_page
    assert "Closed — opens on Tuesday 24 August at 09:00" in english_page
    assert "Today: Summer holidays" in english_page


def test_todays_row_of_the_week_is_highlighted_on_the_contact_page_only(client):
    lille_office()

    with time_machine.travel(at("Europe/Paris", 2027, 3, 3, 10), tick=False):
        html = client.get("/en/contact/").content.decode()

    main, footer = html.split('<footer class="site-footer">')
    assert '<tr class="today" aria-current="date">\n      <th scope="row">Wednesday</th>' in main
    assert 'aria-current="date"' not in footer


def test_pages_showing_open_now_go_stale_at_closing_time(db):
    lille_office()

    assert next_change(at("Europe/Paris", 2027, 3, 2, 15)) == at("Europe/Paris", 2027, 3, 2, 18)


def test_home_page_says_open_now(client):
    lille_office()

    with time_machine.travel(at("Europe/Paris", 2027, 3, 2, 15), tick=False):
        html = client.get("/en/").content.decode()

    assert "Open now — closes at 18:00" in html


def test_an_opening_time_skipped_by_the_clocks_counts_from_the_jump():
    # On 28 March 2027 Paris clocks jump from 02:00 to 03:00: 02:15 is never shown, and a
    # place "opening at 02:15" is open from the jump (01:00 UTC) on.
    place = PlaceFactory()
    OpeningHoursFactory(place=place, weekday=6, opens=T(2, 15), closes=T(5))
    place = Place.objects.with_hours().get(pk=place.pk)
    before = datetime.datetime(2027, 3, 28, 0, 50, tzinfo=datetime.UTC)

    status = place.status_at(before)

    assert status.changes_at == datetime.datetime(2027, 3, 28, 1, 0, tzinfo=datetime.UTC)
    assert place.status_at(status.changes_at).is_open
    assert not place.status_at(status.changes_at - datetime.timedelta(microseconds=1)).is_open
