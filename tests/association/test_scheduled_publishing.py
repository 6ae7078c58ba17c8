"""Programmes and events appear and disappear on their dates, without a cron job (#8)."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from association.models import Programme
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
def test_a_page_says_when_its_content_next_changes_by_the_clock(client):
    ProgrammeFactory(publish_from=LATER + datetime.timedelta(days=5))
    ProgrammeFactory(publish_until=LATER)
    TimelineEventFactory(publish_from=LATER + datetime.timedelta(days=1))

    for path in ["/fr/programmes/", "/fr/"]:
        assert client.get(path).wsgi_request.content_changes_at == LATER
    history = client.get("/fr/histoire/").wsgi_request
    assert history.content_changes_at == LATER + datetime.timedelta(days=1)


@time_machine.travel(NOW, tick=False)
def test_next_publication_change_ignores_hidden_and_past_dates(db):
    ProgrammeFactory(publish_from=LATER, is_published=False)
    ProgrammeFactory(publish_until=NOW - datetime.timedelta(days=1))

    assert Programme.objects.next_publication_change() is None


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
        "« Publier jusqu’au » doit venir après « publier à partir du »."
        in response.content.decode()
    )
