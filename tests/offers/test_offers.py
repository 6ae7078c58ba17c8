"""Offers: listed while open, then "closed" (410) to whoever kept the link, with no cron."""

import datetime
import json
import re
import zoneinfo

import pytest
import time_machine

from offers.models import Offer
from tests.factories import OfferFactory
from tests.public_pages import sitemap_paths

pytestmark = pytest.mark.django_db

LILLE = zoneinfo.ZoneInfo("Europe/Paris")
# The last day to apply is 15 March 2027; the offer leaves at midnight after it, Lille time.
LAST_DAY = datetime.date(2027, 3, 15)
EVENING = datetime.datetime(2027, 3, 15, 23, 59, tzinfo=LILLE)
AFTER_MIDNIGHT = datetime.datetime(2027, 3, 16, 0, 0, 1, tzinfo=LILLE)


def structured_data(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_the_lists_answer_at_their_french_and_english_addresses(client):
    OfferFactory(title_fr="Chargée d’animation", title_en="Activity leader")

    french = client.get("/fr/offres/").content.decode()
    english = client.get("/en/opportunities/").content.decode()

    assert "Chargée d’animation" in french
    assert "Activity leader" in english


def test_an_open_offer_has_its_page_in_both_languages_and_the_switcher_follows_the_slug(client):
    OfferFactory(slug_fr="animatrice", slug_en="activity-leader")

    french = client.get("/fr/offres/animatrice/")
    english = client.get("/en/opportunities/activity-leader/")

    assert french.status_code == english.status_code == 200
    assert 'href="http://testserver/en/opportunities/activity-leader/"' in french.content.decode()
    assert "recrutement@example.org" in english.content.decode()


def test_a_job_offer_carries_job_posting_data(client):
    OfferFactory(slug_en="officer", kind=Offer.Kind.JOB, closes_on=datetime.date(2099, 1, 31))

    [posting] = [
        data
        for data in structured_data(client.get("/en/opportunities/officer/").content.decode())
        if data["@type"] == "JobPosting"
    ]

    assert posting["validThrough"] == "2099-02-01T00:00:00+01:00"
    assert posting["hiringOrganization"]["name"] == "Le Partenariat"
    assert posting["jobLocation"]["address"]["addressLocality"] == "Lille"
    assert posting["employmentType"] == ["FULL_TIME"]
    assert "datePosted" in posting


def test_an_internship_is_a_job_posting_for_interns_but_volunteering_is_not(client):
    OfferFactory(slug_en="intern", kind=Offer.Kind.INTERNSHIP)
    OfferFactory(slug_en="helper", kind=Offer.Kind.VOLUNTEERING)

    intern = client.get("/en/opportunities/intern/").content.decode()
    helper = client.get("/en/opportunities/helper/").content.decode()

    assert "INTERN" in intern
    assert "JobPosting" not in helper


@time_machine.travel(EVENING, tick=False)
def test_on_its_last_evening_the_offer_is_listed_and_in_the_sitemap(client):
    OfferFactory(slug_fr="dernier-jour", closes_on=LAST_DAY)

    assert "dernier-jour" in client.get("/fr/offres/").content.decode()
    assert "/fr/offres/dernier-jour/" in sitemap_paths(client)


def test_after_its_last_day_the_offer_leaves_the_cached_list_and_its_page_says_closed(client):
    with time_machine.travel(EVENING, tick=False):
        OfferFactory(slug_fr="dernier-jour", title_fr="Chargé de projet eau", closes_on=LAST_DAY)
        listed = client.get("/fr/offres/")
        page = client.get("/fr/offres/dernier-jour/")
        # Both pages are kept in the page cache, but not beyond the closing moment.
        assert "public" in listed["Cache-Control"]
        assert "dernier-jour" in listed.content.decode()
        assert page.status_code == 200

    with time_machine.travel(AFTER_MIDNIGHT, tick=False):
        listed = client.get("/fr/offres/").content.decode()
        closed = client.get("/fr/offres/dernier-jour/")

    assert "dernier-jour" not in listed
    assert "Aucune offre n’est ouverte en ce moment." in listed
    assert closed.status_code == 410
    html = closed.content.decode()
    assert "Cette offre est pourvue" in html
    assert "Chargé de projet eau" in html
    assert "recrutement@example.org" not in html
    assert "JobPosting" not in html


def test_a_closed_offer_is_said_closed_in_english_too_and_not_in_the_sitemap(client):
    OfferFactory(
        slug_en="gone",
        closes_on=datetime.date(2020, 1, 31),
        posted_on=None or datetime.date(2020, 1, 1),
    )

    response = client.get("/en/opportunities/gone/")

    assert response.status_code == 410
    assert "This offer is closed" in response.content.decode()
    assert "/en/opportunities/gone/" not in sitemap_paths(client)


def test_an_unpublished_offer_is_not_found(client):
    OfferFactory(slug_fr="brouillon", is_published=False)

    assert client.get("/fr/offres/brouillon/").status_code == 404


def test_the_seeded_offer_is_the_closed_one_of_the_sources_marked_to_confirm(client, seeded):
    offer = Offer.objects.get()

    response = client.get("/fr/offres/responsable-service-appui-aux-programmes/")

    assert offer.to_confirm
    assert offer.posted_on == datetime.date(2025, 11, 14)
    assert response.status_code == 410
    assert "Responsable du service d’appui aux programmes" in response.content.decode()
    english = client.get("/en/opportunities/head-of-programme-support-service/")
    assert english.status_code == 410


def test_an_open_offer_without_a_way_to_apply_is_refused_in_the_admin(staff_client):
    response = staff_client.post(
        "/admin/offers/offer/add/",
        {
            "title_fr": "Stage",
            "title_en": "Internship",
            "slug_fr": "stage",
            "slug_en": "internship",
            "kind": "internship",
            "place_fr": "Lille",
            "place_en": "Lille",
            "country": "FR",
            "working_time": "FULL_TIME",
            "posted_on": "01/01/2026",
            "closes_on": "31/12/2099",
            "is_published": "on",
        },
    )

    assert response.status_code == 200
    assert "Indiquez une adresse e-mail ou une page pour candidater" in response.content.decode()
    assert not Offer.objects.exists()


def test_the_cached_sitemap_drops_an_offer_at_its_closing_moment(client):
    with time_machine.travel(EVENING, tick=False):
        OfferFactory(slug_fr="dernier-jour", closes_on=LAST_DAY)
        assert "/fr/offres/dernier-jour/" in sitemap_paths(client)

    with time_machine.travel(AFTER_MIDNIGHT, tick=False):
        assert "/fr/offres/dernier-jour/" not in sitemap_paths(client)
