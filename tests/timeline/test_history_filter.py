"""The history page filters by programme and links each event to its programme (#8)."""

import pytest

from tests.factories import ProgrammeFactory, TimelineEventFactory

pytestmark = pytest.mark.django_db


def test_the_history_can_be_filtered_by_programme_without_javascript(client):
    water = ProgrammeFactory(acronym="PAEMS", slug_fr="eau", slug_en="water")
    TimelineEventFactory(title_fr="Premiers forages", programme=water)
    TimelineEventFactory(title_fr="Jumelage")

    full = client.get("/fr/histoire/").content.decode()
    filtered = client.get("/fr/histoire/?programme=eau").content.decode()

    assert 'href="/fr/histoire/?programme=eau">PAEMS</a>' in full
    assert "Premiers forages" in filtered
    assert "Jumelage" not in filtered
    assert 'href="/fr/histoire/?programme=eau" aria-current="page"' in filtered


def test_the_english_slug_filters_the_french_page_too(client):
    water = ProgrammeFactory(slug_fr="eau", slug_en="water")
    TimelineEventFactory(title_en="First boreholes", programme=water)

    html = client.get("/en/history/?programme=eau").content.decode()

    assert "First boreholes" in html


def test_an_unknown_programme_gets_a_404(client):
    assert client.get("/fr/histoire/?programme=inconnu").status_code == 404


def test_each_event_links_to_its_programme(client):
    water = ProgrammeFactory(name_fr="Eau à l’école", acronym="", slug_fr="eau")
    TimelineEventFactory(programme=water)

    html = client.get("/fr/histoire/").content.decode()

    assert 'href="/fr/programmes/eau/">Programme Eau à l’école</a>' in html
