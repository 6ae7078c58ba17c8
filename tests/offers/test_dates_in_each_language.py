"""Dates written as each language writes them (#26)."""

import datetime

import pytest
from django.utils import translation

from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


def test_english_pages_write_the_day_before_the_month_and_french_ones_the_first_as_1er(client):
    offer = OfferFactory(
        slug_fr="stage",
        slug_en="internship",
        starts_on=datetime.date(2099, 1, 1),
        ends_on=datetime.date(2099, 11, 14),
        closes_on=datetime.date(2098, 11, 14),
    )

    french = client.get(offer.get_absolute_url()).content.decode()
    with translation.override("en"):
        english = client.get(offer.get_absolute_url()).content.decode()

    assert "Du 1er janvier 2099 au 14 novembre 2099" in french
    assert "From 1 January 2099 to 14 November 2099" in english
    assert ">14 November 2098</time>" in english
