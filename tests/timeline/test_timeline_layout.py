"""The history page as a timeline: periods holding their years, decades to jump to (#5)."""

import re

import pytest

from tests.factories import ProgrammeFactory, TimelineEventFactory
from timeline.models import TimelineEvent
from timeline.presentation import build_timeline

pytestmark = pytest.mark.django_db


def test_a_period_holds_the_single_years_it_spans_and_nothing_after():
    TimelineEventFactory(year=1996)
    TimelineEventFactory(year=2000, end_year=2009, period_label_fr="Les années 2000")
    TimelineEventFactory(year=2005)
    TimelineEventFactory(year=2009)
    TimelineEventFactory(year=2012)

    entries, _decades = build_timeline(TimelineEvent.objects.published().chronological())

    assert [entry.event.year for entry in entries] == [1996, 2000, 2012]
    assert [inner.event.year for inner in entries[1].events] == [2005, 2009]


def test_a_span_inside_a_period_is_one_of_its_steps():
    TimelineEventFactory(year=2010, end_year=2019, period_label_fr="Les années 2010", order=0)
    TimelineEventFactory(year=2010, end_year=2019, title_fr="Centre Gaïa", order=10)
    TimelineEventFactory(year=2012, title_fr="PAEMS")

    entries, _decades = build_timeline(TimelineEvent.objects.published().chronological())

    assert len(entries) == 1
    assert [inner.event.title for inner in entries[0].events] == ["Centre Gaïa", "PAEMS"]


def test_each_decade_leads_to_its_first_step():
    first_of_the_1980s = TimelineEventFactory(year=1981)
    TimelineEventFactory(year=1986)
    period = TimelineEventFactory(year=2000, end_year=2009)

    _entries, decades = build_timeline(TimelineEvent.objects.published().chronological())

    assert [(decade.start, decade.anchor) for decade in decades] == [
        (1980, first_of_the_1980s.anchor),
        (2000, period.anchor),
    ]


def test_the_history_page_offers_a_jump_list_by_decade_in_each_language(client, seeded):
    french = client.get("/fr/histoire/").content.decode()
    english = client.get("/en/history/").content.decode()

    assert re.findall(r'<a href="#event-\d+">(Les années \d+)</a>', french) == [
        "Les années 1980",
        "Les années 1990",
        "Les années 2000",
        "Les années 2010",
    ]
    assert "The 1990s</a>" in english
    for anchor in re.findall(r'<a href="#(event-\d+)">', french):
        assert f'id="{anchor}"' in french


def test_an_event_shows_a_badge_linking_to_its_programme(client, db):
    programme = ProgrammeFactory(acronym="PAEMS", slug_en="paems")
    TimelineEventFactory(programme=programme)

    html = client.get("/en/history/").content.decode()

    assert '<p class="programme-badge"><a href="/en/programmes/paems/">Programme PAEMS</a>' in html
