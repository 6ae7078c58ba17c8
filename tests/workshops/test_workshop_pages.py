import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation

from tests.association.test_language_switcher import switcher_links
from tests.factories import ProgrammeFactory, WorkshopFactory
from tests.workshops.conftest import confirmed_at, paris
from workshops.models import Workshop

pytestmark = pytest.mark.django_db

CONTRACT = [
    ("workshops:list", {}, "/fr/ateliers/", "/en/workshops/"),
    (
        "workshops:book",
        {"slug": "immersion"},
        "/fr/ateliers/immersion/reserver/",
        "/en/workshops/immersion/book/",
    ),
    (
        "workshops:booked",
        {"slug": "immersion"},
        "/fr/ateliers/immersion/reserver/merci/",
        "/en/workshops/immersion/book/thanks/",
    ),
]


@pytest.mark.parametrize(("name", "kwargs", "fr_path", "en_path"), CONTRACT)
def test_workshop_urls_reverse_and_resolve_in_both_languages(name, kwargs, fr_path, en_path):
    for language, path in (("fr", fr_path), ("en", en_path)):
        with translation.override(language):
            assert reverse(name, kwargs=kwargs) == path
            match = resolve(path)
            assert f"{match.namespace}:{match.url_name}" == name


def test_the_switcher_on_a_booking_page_follows_the_translated_slug(client, workshop):
    french = client.get("/fr/ateliers/immersion-saint-louis/reserver/")
    english = client.get("/en/workshops/saint-louis-immersion/book/")

    assert switcher_links(french) == {"en": "/en/workshops/saint-louis-immersion/book/"}
    assert switcher_links(english) == {"fr": "/fr/ateliers/immersion-saint-louis/reserver/"}


def test_the_list_shows_published_workshops_in_the_visitors_language(client, workshop):
    WorkshopFactory(place=workshop.place, title_fr="Atelier caché", is_published=False)

    french = client.get("/fr/ateliers/").content.decode()
    english = client.get("/en/workshops/").content.decode()

    assert "Immersion à Saint-Louis" in french
    assert 'href="/fr/ateliers/immersion-saint-louis/reserver/"' in french
    assert "Atelier caché" not in french
    assert "Immersion in Saint-Louis" in english
    assert "up to 30 pupils" in english
    assert "CE2 (age 8–9) to 3e (age 14–15)" in english
    assert "CE2 à 3e" in french
    assert "jusqu’à 30 élèves" in french
    assert "180 minutes" in french


def test_the_programme_page_shows_its_workshops_and_those_of_its_projects(client, workshop):
    gaia = ProgrammeFactory(slug_fr="centre-gaia", slug_en="centre-gaia")
    project = ProgrammeFactory(parent=gaia)
    workshop.programme = gaia
    workshop.save()
    WorkshopFactory(place=workshop.place, programme=project, title_fr="Mondialis’Action")
    WorkshopFactory(place=workshop.place, title_fr="Atelier d’un autre programme")

    body = client.get("/fr/programmes/centre-gaia/").content.decode()

    assert "Ateliers à réserver pour votre classe" in body
    assert "Immersion à Saint-Louis" in body
    assert "Mondialis’Action" in body
    assert "Atelier d’un autre programme" not in body


def test_a_programme_without_workshops_shows_no_workshop_section(client, db):
    ProgrammeFactory(slug_fr="paems")

    assert "Ateliers à réserver" not in client.get("/fr/programmes/paems/").content.decode()


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_workshops(workshop, programme, starts):
    """One more workshop per start, each with a group confirmed then."""
    for start in starts:
        other = WorkshopFactory(place=workshop.place, programme=programme)
        confirmed_at(other, start)


@pytest.mark.parametrize(
    "path",
    [
        "/fr/ateliers/",
        "/en/workshops/",
        "/fr/ateliers/immersion-saint-louis/reserver/",
        "/en/workshops/saint-louis-immersion/book/",
        "/fr/programmes/centre-gaia/",
    ],
)
def test_workshop_pages_make_the_same_number_of_queries_with_few_and_many_rows(
    client, workshop, path
):
    gaia = ProgrammeFactory(slug_fr="centre-gaia", slug_en="centre-gaia")
    Workshop.objects.filter(pk=workshop.pk).update(programme=gaia)
    with time_machine.travel(paris(2027, 3, 1, 10), tick=False):
        add_workshops(workshop, gaia, [paris(2027, 3, 2, 9)])
        few = count_queries(client, path)
        add_workshops(
            workshop, gaia, [paris(2027, 3, day, hour) for day in (3, 4, 5) for hour in (9, 14)]
        )
        many = count_queries(client, path)

    assert few == many


def test_the_seed_creates_the_immersion_workshops_in_both_languages(client, seeded):
    french = client.get("/fr/programmes/centre-gaia/").content.decode()
    english = client.get("/en/workshops/").content.decode()

    assert (
        "Atelier d’immersion\u00a0: un quartier de Saint-Louis et un village sénégalais" in french
    )
    assert "Mondialis’Action, atelier d’immersion sur la mondialisation" in french
    assert "Immersion workshop: a Saint-Louis district and a Senegalese village" in english
    assert "Mondialis’Action, an immersion workshop on globalisation" in english
    booking = client.get("/en/workshops/immersion-saint-louis-senegalese-village/book/")
    assert booking.status_code == 200
    assert "Book for your class" in booking.content.decode()
    assert Workshop.objects.get(seed_key="mondialisaction").programme.seed_key == "mondialisaction"


def test_the_sitemap_lists_the_workshops_in_both_languages(client, workshop):
    xml = client.get("/sitemap.xml").content.decode()

    for path in [
        "/fr/ateliers/",
        "/en/workshops/",
        "/fr/ateliers/immersion-saint-louis/reserver/",
        "/en/workshops/saint-louis-immersion/book/",
    ]:
        assert f"<loc>http://testserver{path}</loc>" in xml


@pytest.mark.parametrize(
    ("path", "title", "href"),
    [
        (
            "/fr/recherche/?q=immersion",
            "Immersion à Saint-Louis",
            "/fr/ateliers/immersion-saint-louis/reserver/",
        ),
        (
            "/en/search/?q=immersion",
            "Immersion in Saint-Louis",
            "/en/workshops/saint-louis-immersion/book/",
        ),
    ],
)
def test_site_search_finds_a_workshop_and_leads_to_its_booking_page(
    client, workshop, path, title, href
):
    body = client.get(path).content.decode()

    assert title in body
    assert f'href="{href}"' in body
