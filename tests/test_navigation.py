"""The main menu: every section, grouped, the current one marked, on every page (#15)."""

import re

import pytest

from tests.factories import NewsPostFactory

pytestmark = pytest.mark.django_db


def header(client, path):
    return client.get(path).content.decode().split("</header>")[0]


def desktop_menu(html):
    return html[html.index('<nav class="main-nav"') :]


def test_the_desktop_menu_groups_the_association_pages_and_lists_the_sections(client):
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


def test_the_phone_menu_opens_without_javascript_and_holds_the_search(client):
    html = header(client, "/en/")
    menu = html[html.index('<details class="site-menu">') : html.index("</details>")]

    assert "<summary>Menu</summary>" in menu
    assert 'role="search"' in menu
    assert 'for="site-search-q-menu">Search the site</label>' in menu
    assert '<a href="/en/news/">News</a>' in menu
    assert "<script>" not in html and "<script src" not in html


def test_the_current_page_and_its_section_are_marked(client):
    post = NewsPostFactory()

    news = desktop_menu(header(client, "/fr/actualites/"))
    one_post = desktop_menu(header(client, post.get_absolute_url()))
    history = desktop_menu(header(client, "/fr/histoire/"))

    assert '<a href="/fr/actualites/" aria-current="page">Actualités</a>' in news
    assert '<a href="/fr/actualites/" aria-current="true">Actualités</a>' in one_post
    assert '<summary class="is-current">L’association</summary>' in history
    assert '<a href="/fr/histoire/" aria-current="page">Notre histoire</a>' in history
