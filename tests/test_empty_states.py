"""A section with nothing in it says so in a sentence, never a heading over nothing (#26)."""

import datetime

import pytest
import time_machine

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

NOTHING_COMING = (
    "Aucun événement n’est prévu pour l’instant\u00a0: les prochains seront annoncés ici et "
    "dans notre lettre d’information."
)


@pytest.fixture(autouse=True)
def render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


def test_the_agenda_says_when_nothing_is_coming(client):
    EventFactory(title_fr="Assemblée générale", start_date=datetime.date(2026, 3, 9))

    with time_machine.travel(datetime.datetime(2026, 12, 7, 12, tzinfo=datetime.UTC)):
        past_only = client.get("/fr/agenda/").content.decode()
        EventFactory(title_fr="Rencontres Gaïa", start_date=datetime.date(2027, 3, 9))
        with_one_coming = client.get("/fr/agenda/").content.decode()

    assert NOTHING_COMING in past_only
    assert "Assemblée générale" in past_only
    assert NOTHING_COMING not in with_one_coming


def test_an_empty_agenda_says_it_once(client):
    html = client.get("/fr/agenda/").content.decode()

    assert html.count(NOTHING_COMING) == 1


def test_an_empty_documents_page_says_so_without_a_count_heading(client):
    html = client.get("/fr/documents/").content.decode()

    assert "Aucun document n’est encore publié." in html
    assert 'id="documents-title"' not in html
