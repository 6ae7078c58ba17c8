"""An offer closes at the end of its last day in Lille (#28), whatever the zone of the clock
that asks: checked on the QuerySet, the offer itself and the moment a page must change."""

import datetime

import pytest

from offers.models import Offer
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        # Midnight after 31 March 2027 in Lille (summer time since the 28th) is 22:00 UTC.
        (datetime.datetime(2027, 3, 31, 21, 59, 59, 999999, tzinfo=UTC), True),
        (datetime.datetime(2027, 3, 31, 22, tzinfo=UTC), False),
        # Still 31 March in Dakar (UTC), already 1 April in Lille.
        (datetime.datetime(2027, 3, 31, 23, 30, tzinfo=UTC), False),
    ],
)
def test_an_offer_is_open_until_midnight_in_lille_on_its_last_day(moment, is_open):
    offer = OfferFactory(posted_on=datetime.date(2027, 3, 1), closes_on=datetime.date(2027, 3, 31))

    assert offer.is_open(moment) is is_open
    assert list(Offer.objects.published(moment)) == ([offer] if is_open else [])


def test_the_list_changes_when_the_first_offer_closes():
    OfferFactory(posted_on=datetime.date(2027, 3, 1), closes_on=datetime.date(2027, 4, 15))
    OfferFactory(posted_on=datetime.date(2027, 3, 1), closes_on=datetime.date(2027, 3, 31))
    just_before = datetime.datetime(2027, 3, 31, 21, 59, tzinfo=UTC)

    assert Offer.objects.next_closing(just_before) == datetime.datetime(2027, 3, 31, 22, tzinfo=UTC)
    assert Offer.objects.next_closing(
        datetime.datetime(2027, 3, 31, 22, tzinfo=UTC)
    ) == datetime.datetime(2027, 4, 15, 22, tzinfo=UTC)
