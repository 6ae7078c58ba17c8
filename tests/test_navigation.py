"""The main menu: every section, grouped, the current one marked, on every page (#15)."""

import datetime
import re

import pytest

from documents.models import Document
from tests.factories import (
    DocumentFactory,
    EventFactory,
    NewsPostFactory,
    OfferFactory,
    PartnerFactory,
    WorkshopFactory,
    stored_document_fields,
)

pytestmark = pytest.mark.django_db


def header(client, path):
    return client.get(path).content.decode().split("</header>")[0]


def desktop_menu(html):
    return html[html.index('<nav class="main-nav"') :]


@pytest.fixture
def every_section_has_content(db):
    # Built in bulk: its PDF is taken as stored, without one on disk.
    Document.objects.bulk_create([DocumentFactory.build(**stored_document_fields())])
    for factory in (EventFactory, NewsPostFactory, OfferFactory, PartnerFactory, WorkshopFactory):
        factory()


def links(menu):
    return re.findall(r">([^<>]+)</a>", menu)


def test_the_desktop_menu_groups_the_association_pages_and_lists_the_sections(
    client, every_section_has_content
):
    menu = desktop_menu(header(client, "/fr/"))

    group = menu[menu.index("<summary>L’association</summary>") : menu.index("</details>")]
    assert re.findall(r">([^<>]+)</a>", group) == [
        "Notre histoire",
        "Programmes",
        "Ateliers",
        "Partenaires",
        "Documents",
        "Offres",
    ]
    after_group = menu[menu.index("</details>") :]
    assert re.findall(r">([^<>]+)</a>", after_group) == [
        "Actualités",
        "Agenda",
        "Nous soutenir",
        "Contact",
    ]


def test_a_section_with_nothing_to_show_is_left_out_of_the_menu_until_it_has(client):
    empty = desktop_menu(header(client, "/fr/"))
    NewsPostFactory()
    OfferFactory(posted_on=datetime.date(2020, 1, 2), closes_on=datetime.date(2020, 1, 31))
    with_news = desktop_menu(header(client, "/fr/contact/"))

    assert links(empty) == ["Notre histoire", "Programmes", "Nous soutenir", "Contact"]
    # A closed offer is no opportunity: the entry waits for an open one.
    assert links(with_news) == [
        "Notre histoire",
        "Programmes",
        "Actualités",
        "Nous soutenir",
        "Contact",
    ]


def test_the_menu_asks_the_database_once_whatever_the_sections(client, django_assert_num_queries):
    from lepartenariat.navigation import sections_with_content

    with django_assert_num_queries(1):
        assert sections_with_content() == set()


def test_the_phone_menu_opens_without_javascript_and_holds_the_search(
    client, every_section_has_content
):
    html = header(client, "/en/")
    menu = html[html.index('<details class="site-menu">') : html.index("</details>")]

    assert "<summary>Menu</summary>" in menu
    assert 'role="search"' in menu
    assert 'for="site-search-q-menu">Search the site</label>' in menu
    assert '<a href="/en/news/">News</a>' in menu
    assert "<script>" not in html and "<script src" not in html


def test_the_current_page_and_its_section_are_marked(client, every_section_has_content):
    post = NewsPostFactory()

    news = desktop_menu(header(client, "/fr/actualites/"))
    one_post = desktop_menu(header(client, post.get_absolute_url()))
    history = desktop_menu(header(client, "/fr/histoire/"))

    assert '<a href="/fr/actualites/" aria-current="page">Actualités</a>' in news
    assert '<a href="/fr/actualites/" aria-current="true">Actualités</a>' in one_post
    assert '<summary class="is-current">L’association</summary>' in history
    assert '<a href="/fr/histoire/" aria-current="page">Notre histoire</a>' in history
