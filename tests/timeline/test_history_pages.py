"""The history page stays light whatever the number of events: twenty-five steps a page."""

import pytest

from association.models import Page
from tests.factories import PageFactory, TimelineEventFactory
from timeline.models import TimelineEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_history():
    PageFactory(key=Page.Key.HISTORY, body_fr="<p>Et l’histoire continue.</p>")
    batch = [
        TimelineEventFactory.build(year=1900 + index, title_fr=f"Étape de l’an {1900 + index}")
        for index in range(60)
    ]
    TimelineEvent.objects.bulk_create(batch)


def test_the_history_of_the_association_fits_on_one_page_without_pager(client, seeded):
    html = client.get("/fr/histoire/").content.decode()

    assert "Page 1 sur" not in html
    assert html.count('id="event-') == TimelineEvent.objects.count()


def test_a_long_history_shows_its_first_25_steps_and_a_link_to_the_next(client, long_history):
    html = client.get("/fr/histoire/").content.decode()

    assert html.count('class="timeline-event') == 25
    assert "Étape de l’an 1924" in html
    assert "Étape de l’an 1925" not in html
    assert "Page 1 sur 3" in html
    assert 'href="?page=2" rel="next">Étapes suivantes' in html
    assert "Et l’histoire continue." not in html


def test_the_last_page_of_a_long_history_ends_with_the_conclusion(client, long_history):
    html = client.get("/en/history/?page=3").content.decode()

    assert html.count('class="timeline-event') == 10
    assert "Page 3 of 3" in html
    assert 'href="?page=2" rel="prev">Earlier steps' in html
    assert "The text of the page." in html


@pytest.mark.parametrize(("asked", "shown"), [("abc", "Page 1 sur 3"), ("99", "Page 3 sur 3")])
def test_a_mistyped_page_number_shows_the_nearest_page(client, long_history, asked, shown):
    response = client.get(f"/fr/histoire/?page={asked}")

    assert response.status_code == 200
    assert shown in response.content.decode()
