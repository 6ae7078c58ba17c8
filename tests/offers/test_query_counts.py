"""The offer pages make the same number of queries with 5 offers as with 1,000."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offers.models import Offer
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


def add_offers(count, start):
    batch = OfferFactory.build_batch(count)
    for index, offer in enumerate(batch, start=start):
        offer.slug_fr = f"offre-{index}"
        offer.slug_en = f"offer-{index}"
        offer.closes_on = datetime.date.today() + datetime.timedelta(days=1 + index % 60)
    Offer.objects.bulk_create(batch)


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code in (200, 410)
    return len(queries)


def test_offer_pages_make_the_same_number_of_queries_with_5_and_1000_offers(client, seeded):
    add_offers(5, start=0)
    paths = [
        "/fr/offres/",
        "/en/opportunities/",
        "/fr/offres/offre-1/",
        "/en/opportunities/offer-1/",
        "/fr/offres/responsable-service-appui-aux-programmes/",
        "/fr/nous-soutenir/",
        "/en/support-us/?donor=individual&amount=100",
        "/fr/lettre/",
    ]
    # The footer and other fragments kept per content version are built once first.
    for path in paths:
        client.get(path)
    few = {path: count_queries(client, path) for path in paths}

    add_offers(995, start=5)
    many = {path: count_queries(client, path) for path in paths}

    assert few == many
