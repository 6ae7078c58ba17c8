"""The agenda: upcoming events first, past ones after, and an event leaving "upcoming" by
itself at its end, with no cron and no stale cached page (#15)."""

import datetime
import re

import pytest
import time_machine
from django.utils import timezone, translation

from core.pagecache import next_change
from tests.factories import EventFactory, PlaceFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

PARIS = datetime.timezone(datetime.timedelta(hours=1))
NOW = datetime.datetime(2026, 12, 2, 9, tzinfo=datetime.UTC)


def titles(html):
    return re.findall(r'<h[23]><a href="[^"]+">([^<]+)</a></h[23]>', html)


def section(html, heading):
    start = html.index(f">{heading}</h2>")
    end = html.find("</section>", start)
    return html[start:end]


@time_machine.travel(NOW, tick=False)
def test_upcoming_events_come_first_soonest_first_then_past_ones_latest_first(client):
    EventFactory(title_fr="Bientôt", start_date=datetime.date(2026, 12, 10))
    EventFactory(title_fr="Plus tard", start_date=datetime.date(2027, 1, 10))
    EventFactory(title_fr="Hier", start_date=datetime.date(2026, 12, 1))
    EventFactory(title_fr="Il y a longtemps", start_date=datetime.date(2021, 3, 9))
    EventFactory(title_fr="Caché", start_date=datetime.date(2026, 12, 11), is_published=False)

    html = client.get("/fr/agenda/").content.decode()

    assert titles(section(html, "Événements à venir")) == ["Bientôt", "Plus tard"]
    assert titles(section(html, "Événements passés")) == ["Hier", "Il y a longtemps"]


@time_machine.travel(NOW, tick=False)
def test_the_agenda_is_paged_twelve_events_a_page(client):
    for day in range(1, 15):
        EventFactory(title_fr=f"Le {day:02d}", start_date=datetime.date(2027, 2, day))

    first = titles(client.get("/fr/agenda/").content.decode())
    second = titles(client.get("/fr/agenda/?page=2").content.decode())

    assert first == [f"Le {day:02d}" for day in range(1, 13)]
    assert second == ["Le 13", "Le 14"]


@time_machine.travel(NOW, tick=False)
def test_an_event_becomes_past_at_its_end_time_even_on_a_cached_page(client):
    # 10:00 to 12:00 in Lille on 2 December, i.e. 11:00 UTC is the end.
    EventFactory(
        title_fr="Assemblée",
        start_date=datetime.date(2026, 12, 2),
        start_time=datetime.time(10),
        end_time=datetime.time(12),
        place=PlaceFactory(time_zone="Europe/Paris"),
    )
    EventFactory(title_fr="Plus tard", start_date=datetime.date(2027, 1, 10))

    before = client.get("/fr/agenda/").content.decode()
    home_before = client.get("/fr/").content.decode()
    with time_machine.travel(datetime.datetime(2026, 12, 2, 10, 59, 59, tzinfo=datetime.UTC)):
        still = client.get("/fr/agenda/").content.decode()
    with time_machine.travel(datetime.datetime(2026, 12, 2, 11, 0, 1, tzinfo=datetime.UTC)):
        after = client.get("/fr/agenda/").content.decode()
        home_after = client.get("/fr/").content.decode()

    assert titles(section(before, "Événements à venir")) == ["Assemblée", "Plus tard"]
    assert titles(section(still, "Événements à venir")) == ["Assemblée", "Plus tard"]
    assert titles(section(after, "Événements à venir")) == ["Plus tard"]
    assert titles(section(after, "Événements passés")) == ["Assemblée"]
    assert "Assemblée" in home_before
    assert "Assemblée" not in home_after


@time_machine.travel(NOW, tick=False)
def test_pages_go_stale_when_the_next_event_ends(db):
    EventFactory(start_date=datetime.date(2026, 12, 5))
    EventFactory(start_date=datetime.date(2026, 12, 3))

    # A whole-day event ends at midnight after its day, in its place's zone.
    assert next_change(timezone.now()) == datetime.datetime(2026, 12, 4, tzinfo=PARIS)


@time_machine.travel(NOW, tick=False)
def test_the_home_page_shows_the_next_two_events(client):
    EventFactory(title_fr="Premier", start_date=datetime.date(2026, 12, 10))
    EventFactory(title_fr="Deuxième", start_date=datetime.date(2026, 12, 20))
    EventFactory(title_fr="Troisième", start_date=datetime.date(2026, 12, 30))
    EventFactory(title_fr="Passé", start_date=datetime.date(2026, 11, 30))

    html = client.get("/fr/").content.decode()

    assert titles(section(html, "Prochainement")) == ["Premier", "Deuxième"]


def test_the_home_page_has_no_agenda_section_without_upcoming_events(client):
    EventFactory(start_date=datetime.date(2020, 1, 1))

    assert "Prochainement" not in client.get("/fr/").content.decode()


@time_machine.travel(NOW, tick=False)
def test_an_event_page_shows_when_where_and_how_to_register(client):
    place = PlaceFactory(name_fr="Centre Gaïa")
    water = ProgrammeFactory(acronym="", name_fr="Eau", slug_fr="eau")
    event = EventFactory(
        start_date=datetime.date(2026, 12, 12),
        start_time=datetime.time(14, 30),
        end_time=datetime.time(17),
        place=place,
        registration="contact",
    )
    event.programmes.add(water)

    html = client.get(event.get_absolute_url()).content.decode()

    assert (
        '<time datetime="2026-12-12T14:30:00+01:00">samedi 12 décembre 2026, '
        "14\u00a0h\u00a030</time> – 17\u00a0h"
    ) in html
    assert "Centre Gaïa, 71 rue Victor-Renard, 59000 Lille" in html
    assert 'via <a href="/fr/contact/#write">le formulaire de contact</a>' in html
    assert '<a href="/fr/programmes/eau/">Eau</a>' in html
    assert f'href="{event.get_ics_url()}"' in html


@time_machine.travel(NOW, tick=False)
def test_an_event_abroad_shows_its_local_time_zone(client):
    event = EventFactory(
        start_date=datetime.date(2026, 12, 12),
        start_time=datetime.time(9),
        address_fr="Saint-Louis, Sénégal",
        time_zone="Africa/Dakar",
    )

    html = client.get(event.get_absolute_url()).content.decode()

    assert '<time datetime="2026-12-12T09:00:00+00:00">' in html
    assert "heure locale\xa0: Sénégal (Africa/Dakar)" in html
    assert "Saint-Louis, Sénégal" in html


def test_a_past_event_says_it_is_over(client):
    event = EventFactory(start_date=datetime.date(2021, 3, 9))

    html = client.get(event.get_absolute_url()).content.decode()

    assert "Cet événement est terminé." in html
    assert "Ajouter à mon agenda" not in html


def test_the_language_switcher_leads_to_the_same_event(client):
    event = EventFactory(slug_fr="assemblee", slug_en="assembly")

    html = client.get("/fr/agenda/assemblee/").content.decode()

    assert 'href="/en/events/assembly/" hreflang="en"' in html
    with translation.override("en"):
        assert event.get_absolute_url() == "/en/events/assembly/"
        assert event.get_ics_url() == "/en/events/assembly/ics/"


def test_an_unpublished_event_is_a_404_for_visitors_and_a_preview_for_staff(staff_client):
    from django.test import Client

    event = EventFactory(is_published=False, title_fr="Brouillon")

    assert Client().get(event.get_absolute_url()).status_code == 404
    assert "Brouillon" in staff_client.get(event.get_absolute_url()).content.decode()
