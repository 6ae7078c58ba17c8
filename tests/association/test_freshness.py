"""No cached page outlives a change by the clock, whatever kind changes and whichever page
lists it: the page cache learns the moment from each kind's declaration (#21)."""

import datetime
import re

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from core import pagecache
from tests.factories import (
    DocumentFactory,
    EventFactory,
    FundingFactory,
    NewsPostFactory,
    OfferFactory,
    OpeningHoursFactory,
    PlaceFactory,
    ProgrammeFactory,
    TimelineEventFactory,
)
from tests.pdfs import pdf_upload
from tests.public_pages import public_paths

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def pages_kept_a_week(settings):
    # Longer than any change below is away: only the change itself can end a cached page.
    settings.PAGE_CACHE_SECONDS = 7 * 24 * 3600


# A Monday, 09:00 in Lille.
NOW = datetime.datetime(2027, 3, 1, 8, 0, tzinfo=datetime.UTC)
LATER = NOW + datetime.timedelta(hours=2)


def programme_leaves():
    ProgrammeFactory(name_fr="Programme Zèbre", publish_until=LATER)
    return "Programme Zèbre"


def programme_appears():
    ProgrammeFactory(name_fr="Programme Zèbre", publish_from=LATER)
    return "Programme Zèbre"


def history_step_leaves():
    TimelineEventFactory(title_fr="Étape Zèbre", publish_until=LATER)
    return "Étape Zèbre"


def news_post_leaves_its_programme():
    # Shown on its programme's page by a template tag, and on the news and home pages.
    post = NewsPostFactory(title_fr="Actualité Zèbre", publish_until=LATER)
    post.programmes.add(ProgrammeFactory())
    return "Actualité Zèbre"


def event_appears():
    EventFactory(title_fr="Rencontre Zèbre", publish_from=LATER)
    return "Rencontre Zèbre"


def event_ends():
    # 09:30 to 10:00 in Lille: it leaves the home page's next events at LATER.
    EventFactory(
        title_fr="Rencontre Zèbre",
        start_date=datetime.date(2027, 3, 1),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(10, 0),
    )
    return "Rencontre Zèbre"


def document_appears():
    DocumentFactory(title_fr="Rapport Zèbre", file=pdf_upload(), publish_from=LATER)
    return "Rapport Zèbre"


def offer_closes():
    OfferFactory(
        title_fr="Offre Zèbre",
        posted_on=datetime.date(2027, 2, 1),
        closes_on=datetime.date(2027, 3, 1),
    )
    return "Offre Zèbre"


def grant_starts():
    # The programme's "Supported by" block shows it from midnight in Lille.
    FundingFactory(
        wording_fr="Avec le soutien de la Fondation Zèbre", start_date=datetime.date(2027, 3, 2)
    )
    return "Avec le soutien de la Fondation Zèbre"


def place_opens():
    # Open from 10:00 on Mondays, Lille time: LATER is 10:00 in Lille.
    OpeningHoursFactory(
        place=PlaceFactory(),
        weekday=0,
        opens=datetime.time(10, 0),
        closes=datetime.time(18, 0),
    )
    return "Ouvert maintenant"


# Each change, with when it happens.
CHANGES = [
    (programme_leaves, LATER),
    (programme_appears, LATER),
    (history_step_leaves, LATER),
    (news_post_leaves_its_programme, LATER),
    (event_appears, LATER),
    (event_ends, LATER),
    (document_appears, LATER),
    # Midnight after the last day, in Lille.
    (offer_closes, datetime.datetime(2027, 3, 1, 23, 0, tzinfo=datetime.UTC)),
    (grant_starts, datetime.datetime(2027, 3, 1, 23, 0, tzinfo=datetime.UTC)),
    (place_opens, LATER),
]


def french_pages(client):
    return {path for path in public_paths(client) if path.startswith("/fr/")} | {"/sitemap.xml"}


# A form's one-time token differs at each rendering; the rest of the page may not.
FORM_TOKEN = re.compile(r'name="token" value="[^"]*"')


def read(client, paths):
    pages = {}
    for path in paths:
        response = client.get(path)
        pages[path] = (response.status_code, FORM_TOKEN.sub("", response.content.decode()))
    return pages


def showing(text, pages):
    return {path for path, (_status, html) in pages.items() if text in html}


@pytest.mark.parametrize("change, moment", CHANGES, ids=[change.__name__ for change, _m in CHANGES])
def test_every_page_changes_at_the_moment_its_content_does(change, moment):
    client = Client()
    with time_machine.travel(NOW, tick=False):
        text = change()
        before_paths = french_pages(client)
        before = read(client, before_paths)
        # Read again: served from the cache from now on.
        assert read(client, before_paths) == before

    with time_machine.travel(moment, tick=False):
        paths = before_paths | french_pages(client)
        served = read(client, paths)
        pagecache.invalidate()
        rendered = read(client, paths)

    assert served == rendered
    # The change is visible: some page shows the text before and not after, or the reverse.
    assert showing(text, before) != showing(text, {path: rendered[path] for path in before})


@time_machine.travel(NOW, tick=False)
def test_the_next_change_is_the_earliest_any_kind_declares():
    ProgrammeFactory(publish_from=LATER + datetime.timedelta(days=5))
    ProgrammeFactory(publish_until=LATER + datetime.timedelta(days=1))
    TimelineEventFactory(publish_from=LATER)
    ProgrammeFactory(publish_from=NOW - datetime.timedelta(days=1))
    ProgrammeFactory(publish_from=NOW + datetime.timedelta(hours=1), is_published=False)

    assert pagecache.next_change(timezone.now()) == LATER


def test_without_scheduled_content_nothing_bounds_a_page(db):
    ProgrammeFactory()

    assert pagecache.next_change(NOW) is None
