"""Staff set the main menu and the footer links (#23)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.seeding import SeedReport
from pages import seed
from pages.models import Menu
from tests.factories import EventFactory, MenuEntryFactory, NewsPostFactory, StaffPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def news_and_events():
    """An entry to a section with nothing to show is hidden (#26): these menus lead to news
    and the agenda, so both have something."""
    NewsPostFactory()
    EventFactory()


def desktop_menu(client, path):
    html = client.get(path).content.decode().split("</header>")[0]
    return html[html.index('<nav class="main-nav"') :]


def test_the_seeded_menu_is_the_menu_of_before(client):
    before = desktop_menu(client, "/fr/actualites/")
    seed.seed(SeedReport())
    after = desktop_menu(client, "/fr/actualites/")

    assert after == before
    assert '<a href="/fr/actualites/" aria-current="page">Actualités</a>' in after


def test_seeding_twice_adds_no_entry():
    seed.seed(SeedReport())
    report = SeedReport()
    seed.seed(report)

    assert report.created == {}


def test_an_entry_to_a_page_shows_its_title_in_each_language_and_marks_it_current(client):
    page = StaffPageFactory(
        title_fr="Le projet Mangrove",
        title_en="The Mangrove project",
        slug_fr="mangrove",
        slug_en="mangrove-project",
    )
    MenuEntryFactory(page=page, section="", label_fr="", label_en="")

    french = desktop_menu(client, "/fr/mangrove/")
    english = desktop_menu(client, "/en/news/")

    assert '<a href="/fr/mangrove/" aria-current="page">Le projet Mangrove</a>' in french
    assert '<a href="/en/mangrove-project/">The Mangrove project</a>' in english


def test_an_entry_to_a_hidden_page_is_not_shown(client):
    MenuEntryFactory(section="news:list", label_fr="Actus")
    MenuEntryFactory(page=StaffPageFactory(is_published=False), section="", label_fr="Cachée")

    menu = desktop_menu(client, "/fr/")

    assert re.findall(r">([^<>]+)</a>", menu) == ["Actus"]


def test_a_saved_entry_replaces_the_cached_menu_at_once(client):
    entry = MenuEntryFactory(section="news:list", label_fr="Actus")
    desktop_menu(client, "/fr/agenda/")
    entry.label_fr = "Nouvelles"
    entry.save()

    assert ">Nouvelles</a>" in desktop_menu(client, "/fr/agenda/")


def test_sub_entries_open_from_their_group(client):
    group = MenuEntryFactory(section="", label_fr="Nos actions")
    MenuEntryFactory(parent=group, section="events:list", label_fr="")

    menu = desktop_menu(client, "/fr/")

    assert "<summary>Nos actions</summary>" in menu
    assert '<a href="/fr/agenda/">Agenda</a>' in menu


def test_footer_links_replace_the_notices_once_staff_save_one(client):
    MenuEntryFactory(menu=Menu.FOOTER, section="contact:contact", label_fr="Nous écrire")

    footer = client.get("/fr/").content.decode().split('<footer class="site-footer">')[1]

    assert '<a href="/fr/contact/">Nous écrire</a>' in footer


def test_a_menu_of_30_entries_costs_the_queries_of_a_menu_of_3(client):
    def count():
        # A save makes a fresh content version: the menu is read from the database again.
        MenuEntryFactory(menu=Menu.FOOTER, section="contact:contact").delete()
        with CaptureQueriesContext(connection) as queries:
            client.get("/fr/agenda/")
        return len(queries)

    groups = [MenuEntryFactory(section="") for _ in range(3)]
    few = count()
    for group in groups:
        for _ in range(9):
            MenuEntryFactory(parent=group, page=StaffPageFactory(), section="")

    assert count() == few
