"""Parts of every page that only saved content decides (the footer, the association's
structured data) are rendered once per content version, also when the page itself is not
cached, and never outlive a save."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contact.models import SocialLink
from tests.factories import PageFactory, PlaceFactory, SocialLinkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def pages_rendered_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def footer_content():
    PageFactory(key="privacy")
    PlaceFactory(name_fr="Maison des Partenaires")
    return SocialLinkFactory(url="https://www.facebook.com/lepartenariat")


def footer_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    footer_tables = ("contact_place", "contact_sociallink", "contact_openinghours")
    return response, [q["sql"] for q in queries if any(t in q["sql"] for t in footer_tables)]


def test_the_footer_is_read_from_the_database_once_then_from_the_cache(client, footer_content):
    first, first_queries = footer_queries(client, "/fr/confidentialite/")
    again, again_queries = footer_queries(client, "/fr/mentions-legales/")

    assert first_queries
    assert again_queries == []
    for response in (first, again):
        assert "Maison des Partenaires" in response.content.decode()
        assert "https://www.facebook.com/lepartenariat" in response.content.decode()


def test_a_saved_link_shows_at_once_in_the_footer_of_every_page(client, footer_content):
    client.get("/fr/confidentialite/")

    footer_content.url = "https://www.facebook.com/lepartenariat-lille"
    footer_content.save()
    html = client.get("/fr/confidentialite/").content.decode()

    assert "https://www.facebook.com/lepartenariat-lille" in html


def test_a_deleted_link_leaves_the_footer_at_once(client, footer_content):
    client.get("/en/privacy/")

    SocialLink.objects.get().delete()
    html = client.get("/en/privacy/").content.decode()

    assert "facebook.com/lepartenariat" not in html


def test_each_language_has_its_own_footer(client, footer_content):
    client.get("/fr/confidentialite/")

    html = client.get("/en/privacy/").content.decode()

    assert "Contact us" in html
    assert "Nous contacter" not in html


def test_the_organisation_data_names_the_address_the_page_was_asked_at(client, footer_content):
    client.get("/fr/")

    html = client.get("/fr/", HTTP_HOST="127.0.0.1").content.decode()

    assert '"url": "http://127.0.0.1/fr/"' in html


def test_pages_are_still_served_whole_while_the_cache_is_down(client, footer_content, monkeypatch):
    def unavailable(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", unavailable)
    monkeypatch.setattr(cache, "set", unavailable)
    response = client.get("/fr/confidentialite/")

    assert response.status_code == 200
    assert "Maison des Partenaires" in response.content.decode()
