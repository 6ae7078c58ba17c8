"""Staff pages join what the site does for all content, by declaration (#23): admin in
French, the editors' group, search in both languages, sitemap with hreflang, preview, the
page cache, and the seed, which makes no page."""

import xml.etree.ElementTree as ElementTree

import pytest
from django.test import Client
from django.urls import reverse

from pages.models import Page
from tests.factories import SectionFactory, StaffPageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_the_page_form_speaks_french(staff_client):
    html = staff_client.get(reverse("admin:pages_page_add")).content.decode()

    for label in ["Page parente", "Introduction", "Parties", "Publier à partir du"]:
        assert label in html


def test_the_editors_group_edits_pages_menus_and_redirects(editor):
    for permission in (
        "pages.add_page",
        "pages.change_section",
        "pages.change_menuentry",
        "core.add_redirect",
        "core.view_missingpage",
    ):
        assert editor.has_perm(permission)


@pytest.mark.parametrize(
    ("path", "title"),
    [("/fr/recherche/", "Le projet Mangrove"), ("/en/search/", "The Mangrove project")],
)
def test_the_site_search_finds_pages_in_both_languages(client, path, title):
    StaffPageFactory(title_fr="Le projet Mangrove", title_en="The Mangrove project")

    assert title in client.get(path, {"q": "Mangrove"}).content.decode()


def test_the_sitemap_lists_pages_with_their_other_language(client):
    top = StaffPageFactory(slug_fr="cooperation", slug_en="cooperation")
    StaffPageFactory(parent=top, slug_fr="le-projet", slug_en="the-project")
    StaffPageFactory(slug_fr="brouillon", is_published=False)

    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.iterfind(f"{SITEMAP}url")}

    french = urls["http://testserver/fr/cooperation/le-projet/"]
    alternates = {
        link.get("hreflang"): link.get("href") for link in french.iterfind(f"{XHTML}link")
    }
    assert alternates["en"] == "http://testserver/en/cooperation/the-project/"
    assert "http://testserver/fr/brouillon/" not in urls


def test_staff_preview_an_unpublished_page(staff_client):
    StaffPageFactory(slug_fr="brouillon", title_fr="Brouillon", is_published=False)

    preview = staff_client.get("/fr/brouillon/")

    assert preview.status_code == 200
    assert "Aperçu — non publié" in preview.content.decode()
    assert Client().get("/fr/brouillon/").status_code == 404


def test_a_saved_section_shows_at_once_on_a_cached_page(client):
    section = SectionFactory(page=StaffPageFactory(slug_fr="mangrove"), body_fr="<p>Avant</p>")
    client.get("/fr/mangrove/")
    section.body_fr = "<p>Après</p>"
    section.save()

    assert "<p>Après</p>" in client.get("/fr/mangrove/").content.decode()


def test_the_seed_makes_no_page(seeded):
    assert not Page.objects.exists()
