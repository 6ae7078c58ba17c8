"""What search engines and sharing previews read in every page (#5)."""

import datetime
import json
import re
from html import unescape

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone
from PIL import Image

from association.models import Page, Programme
from contact.models import Place
from documents.models import Document
from tests.factories import (
    DocumentFactory,
    PlaceFactory,
    ProgrammeFactory,
    SocialLinkFactory,
    stored_document_fields,
)

pytestmark = pytest.mark.django_db

PAGE_PAIRS = [
    ("/fr/", "/en/"),
    ("/fr/histoire/", "/en/history/"),
    ("/fr/programmes/", "/en/programmes/"),
    ("/fr/contact/", "/en/contact/"),
    ("/fr/mentions-legales/", "/en/legal-notice/"),
    ("/fr/accessibilite/", "/en/accessibility/"),
]


def head_tags(html):
    """`{(attribute, value): content}` for the <meta> tags and `{rel/hreflang: href}` links."""
    metas = {
        (match[0], match[1]): unescape(match[2])
        for match in re.findall(r'<meta (name|property)="([^"]+)" content="([^"]*)">', html)
    }
    links = {
        (rel, hreflang): href
        for rel, hreflang, href in re.findall(
            r'<link rel="(canonical|alternate)"(?: hreflang="([^"]+)")? href="([^"]+)">', html
        )
    }
    return metas, links


@pytest.mark.parametrize(("fr_path", "en_path"), PAGE_PAIRS)
def test_every_page_names_its_canonical_address_and_its_translations(
    client, seeded, fr_path, en_path
):
    for path in (fr_path, en_path):
        _metas, links = head_tags(client.get(path).content.decode())

        assert links[("canonical", "")] == f"http://testserver{path}"
        assert links[("alternate", "fr")] == f"http://testserver{fr_path}"
        assert links[("alternate", "en")] == f"http://testserver{en_path}"
        assert links[("alternate", "x-default")] == f"http://testserver{fr_path}"


@pytest.mark.parametrize(("fr_path", "en_path"), PAGE_PAIRS)
def test_every_page_has_sharing_tags_in_its_language_with_the_projects_image(
    client, seeded, fr_path, en_path
):
    french, _links = head_tags(client.get(fr_path).content.decode())
    english, _links = head_tags(client.get(en_path).content.decode())

    for metas, locale in ((french, "fr_FR"), (english, "en_GB")):
        assert metas[("property", "og:locale")] == locale
        assert metas[("property", "og:image")] == "http://testserver/static/img/og-image.png"
        assert metas[("name", "twitter:card")] == "summary_large_image"
        assert metas[("property", "og:description")] == metas[("name", "description")]
        assert metas[("name", "twitter:title")] == metas[("property", "og:title")]
    assert french[("property", "og:title")] != english[("property", "og:title")]
    assert french[("name", "description")] != english[("name", "description")]


def test_the_sharing_image_is_a_real_png_of_the_announced_size():
    with Image.open(finders.find("img/og-image.png")) as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)


def test_a_programme_is_described_by_its_staff_edited_name_and_summary(client):
    ProgrammeFactory(
        acronym="",
        name_fr="Accès à l’eau",
        name_en="Access to water",
        slug_fr="eau",
        slug_en="water",
        summary_fr="L’eau potable dans « 124 » écoles & plus.",
        summary_en="Drinking water in 124 schools.",
    )

    french, _links = head_tags(client.get("/fr/programmes/eau/").content.decode())
    english, _links = head_tags(client.get("/en/programmes/water/").content.decode())

    assert french[("name", "description")] == "L’eau potable dans «\u00a0124\u00a0» écoles & plus."
    assert french[("property", "og:title")] == "Accès à l’eau"
    assert english[("name", "description")] == "Drinking water in 124 schools."
    assert english[("property", "og:title")] == "Access to water"


def organisation_data(html):
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(payload.group(1))


def test_the_home_page_describes_the_ngo_its_addresses_and_social_profiles(client, seeded):
    data = organisation_data(client.get("/en/").content.decode())

    assert data["@type"] == "NGO"
    assert data["foundingDate"] == "1981"
    lille = Place.objects.get(seed_key="lille")
    assert {
        "@type": "PostalAddress",
        "name": lille.name_en,
        "streetAddress": "71 rue Victor-Renard",
        "postalCode": "59000",
        "addressLocality": "Lille",
        "addressCountry": "FR",
    } in data["address"]
    assert len(data["address"]) == Place.objects.filter(is_published=True).count()
    # The seeded accounts are guesses until staff confirm them (#18).
    assert data["sameAs"] == []
    assert data["url"] == "http://testserver/en/"


def test_confirmed_social_links_and_emails_are_announced_and_those_to_confirm_are_not(client, db):
    PlaceFactory(name_fr="Sûre", email="sure@example.org")
    PlaceFactory(name_fr="Devinée", email="devinee@example.org", to_confirm=True)
    SocialLinkFactory(url="https://www.facebook.com/confirmed")
    SocialLinkFactory(url="https://www.instagram.com/guessed", to_confirm=True)

    data = organisation_data(client.get("/fr/").content.decode())
    html = client.get("/fr/contact/").content.decode()

    assert data["sameAs"] == ["https://www.facebook.com/confirmed"]
    assert data["email"] == "sure@example.org"
    assert 'href="https://www.facebook.com/confirmed" rel="me noopener"' in html
    assert 'href="https://www.instagram.com/guessed" rel="noopener"' in html


def test_the_organisation_data_cannot_close_its_script_element(client, db):
    PlaceFactory(name_fr="</script><script>alert(1)</script>")

    html = client.get("/fr/").content.decode()

    assert "</script><script>alert(1)" not in html
    assert organisation_data(html)["address"][0]["name"].startswith("</script>")


def test_the_organisation_data_leaves_out_unpublished_places_and_links(client, db):
    PlaceFactory(name_fr="Visible")
    PlaceFactory(name_fr="Cachée", is_published=False)
    SocialLinkFactory(url="https://www.facebook.com/hidden", is_published=False)

    data = organisation_data(client.get("/fr/").content.decode())

    assert [address["name"] for address in data["address"]] == ["Visible"]
    assert data["sameAs"] == []


def test_the_sitemap_gives_each_page_its_last_change(client, seeded):
    paems = Programme.objects.get(seed_key="paems")
    xml = client.get("/sitemap.xml").content.decode()

    entry = re.search(
        r"<loc>http://testserver/en/programmes/paems-water-access-in-schools/</loc>"
        r"\s*<lastmod>([^<]+)</lastmod>",
        xml,
    )
    assert entry.group(1) == timezone.localdate(paems.updated_at).isoformat()
    assert xml.count("<lastmod>") == xml.count("<loc>")


def test_the_sitemap_lists_the_published_notices_in_both_languages(client, seeded):
    Page.objects.filter(key=Page.Key.ACCESSIBILITY).update(is_published=False)

    xml = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://testserver/fr/mentions-legales/</loc>" in xml
    assert "<loc>http://testserver/en/legal-notice/</loc>" in xml
    assert "/fr/accessibilite/" not in xml


def test_the_home_page_lastmod_moves_when_its_activity_report_is_saved(client, seeded):
    # Built in bulk: a stored PDF's columns, without a file to read.
    [report] = Document.objects.bulk_create([DocumentFactory.build(**stored_document_fields())])
    # Later than any seeded record, so that the report's save alone sets the date.
    Document.objects.filter(pk=report.pk).update(
        updated_at=datetime.datetime(2031, 5, 4, 12, tzinfo=datetime.UTC)
    )

    xml = client.get("/sitemap.xml").content.decode()

    entry = re.search(r"<loc>http://testserver/fr/</loc>\s*<lastmod>([^<]+)</lastmod>", xml)
    assert entry.group(1) == "2031-05-04"
