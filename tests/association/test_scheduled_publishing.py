"""Programmes and events appear and disappear on their dates, without a cron job (#8)."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core import pagecache
from tests.factories import ProgrammeFactory, TimelineEventFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)
LATER = NOW + datetime.timedelta(days=2)


@time_machine.travel(NOW, tick=False)
def test_a_programme_appears_when_its_publication_date_comes(client):
    ProgrammeFactory(name_fr="Projet à venir", publish_from=LATER)

    assert "Projet à venir" not in client.get("/fr/programmes/").content.decode()
    with time_machine.travel(LATER, tick=False):
        assert "Projet à venir" in client.get("/fr/programmes/").content.decode()


@time_machine.travel(NOW, tick=False)
def test_an_event_disappears_when_its_end_date_comes(client):
    TimelineEventFactory(title_fr="Étape temporaire", publish_until=LATER)

    assert "Étape temporaire" in client.get("/fr/histoire/").content.decode()
    with time_machine.travel(LATER, tick=False):
        assert "Étape temporaire" not in client.get("/fr/histoire/").content.decode()


@time_machine.travel(NOW, tick=False)
def test_each_scheduled_programme_appears_in_turn_on_its_date(client):
    first_date, second_date = NOW + datetime.timedelta(hours=1), NOW + datetime.timedelta(hours=2)
    ProgrammeFactory(name_fr="Premier projet", publish_from=first_date)
    ProgrammeFactory(name_fr="Second projet", publish_from=second_date)
    client.get("/fr/programmes/")

    with time_machine.travel(first_date, tick=False):
        first = client.get("/fr/programmes/").content.decode()
    with time_machine.travel(second_date, tick=False):
        second = client.get("/fr/programmes/").content.decode()

    # Once the first date has passed, pages are kept until the second one.
    assert pagecache.next_change(first_date) == second_date
    assert "Premier projet" in first
    assert "Second projet" not in first
    assert "Second projet" in second


def lookups(client, path):
    """The queries for the next publication date that rendering `path` made."""
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return [query for query in queries if "UNION ALL" in query["sql"]]


@time_machine.travel(NOW, tick=False)
def test_the_next_change_is_looked_up_once_until_content_is_saved(client):
    ProgrammeFactory(publish_from=LATER)

    # Two pages, each rendered once: the second reads the first's answer.
    first, other_page = lookups(client, "/fr/programmes/"), lookups(client, "/fr/histoire/")
    ProgrammeFactory(publish_from=NOW + datetime.timedelta(hours=1))
    after_save = lookups(client, "/fr/programmes/")

    # Every kind's dates in one query.
    assert len(first) == len(after_save) == 1
    assert other_page == []


@time_machine.travel(NOW, tick=False)
def test_the_next_change_ignores_hidden_and_past_dates(db):
    ProgrammeFactory(publish_from=LATER, is_published=False)
    ProgrammeFactory(publish_until=NOW - datetime.timedelta(days=1))

    assert pagecache.next_change(NOW) is None


def test_an_end_before_the_start_is_refused_in_french(staff_client):
    programme = ProgrammeFactory()
    url = reverse("admin:association_programme_change", args=[programme.pk])
    data = {
        "acronym": programme.acronym,
        "name_fr": programme.name_fr,
        "name_en": programme.name_en,
        "slug_fr": programme.slug_fr,
        "slug_en": programme.slug_en,
        "summary_fr": programme.summary_fr,
        "summary_en": programme.summary_en,
        "start_year": 2012,
        "is_published": "on",
        "publish_from_0": "10/06/2026",
        "publish_from_1": "12:00",
        "publish_until_0": "01/06/2026",
        "publish_until_1": "12:00",
        "order": 0,
        "key_figures-TOTAL_FORMS": 0,
        "key_figures-INITIAL_FORMS": 0,
    }

    response = staff_client.post(url, data)

    assert response.status_code == 200
    assert (
        "«\u00a0Publier jusqu’au\u00a0» doit venir après «\u00a0publier à partir du\u00a0»."
        in response.content.decode()
    )
