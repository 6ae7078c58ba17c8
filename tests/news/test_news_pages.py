"""The news list and a post's page, as a visitor reads them (#15)."""

import datetime
import re

import pytest
import time_machine
from django.test import Client
from django.utils import translation

from tests.factories import FundingFactory, NewsPostFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 9, tzinfo=datetime.UTC)


def titles(html):
    return re.findall(r'<h[23]><a href="[^"]+">([^<]+)</a></h[23]>', html)


def test_the_news_list_shows_the_newest_first_twelve_a_page(client):
    for day in range(1, 15):
        NewsPostFactory(title_fr=f"Jour {day:02d}", published_on=datetime.date(2026, 1, day))

    first = client.get("/fr/actualites/").content.decode()
    second = client.get("/fr/actualites/?page=2").content.decode()

    assert titles(first) == [f"Jour {day:02d}" for day in range(14, 2, -1)]
    assert titles(second) == ["Jour 02", "Jour 01"]
    assert 'href="?page=2" rel="next"' in first


def test_a_post_without_a_date_comes_after_the_dated_ones(client):
    NewsPostFactory(title_fr="Sans date", published_on=None)
    NewsPostFactory(title_fr="Datée", published_on=datetime.date(2016, 5, 1))

    assert titles(client.get("/fr/actualites/").content.decode()) == ["Datée", "Sans date"]


def test_the_programme_filter_is_a_crawlable_link_in_the_page_language(client):
    water = ProgrammeFactory(
        acronym="", name_fr="Eau", name_en="Water", slug_fr="eau", slug_en="water"
    )
    NewsPostFactory(title_fr="Sur l’eau", title_en="On water").programmes.add(water)
    NewsPostFactory(title_fr="Autre chose", title_en="Something else")

    french = client.get("/fr/actualites/").content.decode()
    filtered = client.get("/en/news/?programme=water").content.decode()

    assert '<a href="?programme=eau">Eau</a>' in french
    assert titles(filtered) == ["On water"]
    assert 'href="?programme=water" aria-current="page"' in filtered


def test_an_unknown_programme_in_the_filter_is_a_404(client):
    NewsPostFactory()

    assert client.get("/fr/actualites/?programme=inconnu").status_code == 404


def test_a_post_shows_its_date_and_links_its_programmes(client):
    water = ProgrammeFactory(acronym="", name_fr="Eau", slug_fr="eau")
    hidden = ProgrammeFactory(name_fr="Caché", is_published=False)
    post = NewsPostFactory(published_on=datetime.date(2016, 5, 3))
    post.programmes.add(water, hidden)

    html = client.get(post.get_absolute_url()).content.decode()

    assert '<time datetime="2016-05-03">3 mai 2016</time>' in html
    assert '<a href="/fr/programmes/eau/">Eau</a>' in html
    assert "Caché" not in html


def test_a_post_dated_inside_a_grant_carries_the_funders_wording_and_others_do_not(client):
    paems = ProgrammeFactory()
    FundingFactory(
        programme=paems,
        start_date=datetime.date(2016, 1, 1),
        end_date=datetime.date(2016, 12, 31),
        wording_fr="Avec le soutien de la Ville de Paris",
    )
    during = NewsPostFactory(published_on=datetime.date(2016, 5, 3))
    after = NewsPostFactory(published_on=datetime.date(2019, 5, 3))
    during.programmes.add(paems)
    after.programmes.add(paems)

    assert (
        "Avec le soutien de la Ville de Paris"
        in client.get(during.get_absolute_url()).content.decode()
    )
    assert (
        "Avec le soutien de la Ville de Paris"
        not in client.get(after.get_absolute_url()).content.decode()
    )


def test_read_also_lists_up_to_three_other_posts_sharing_a_programme_newest_first(client):
    water = ProgrammeFactory()
    post = NewsPostFactory(title_fr="Celle-ci", published_on=datetime.date(2026, 1, 1))
    post.programmes.add(water)
    for day in range(2, 7):
        NewsPostFactory(
            title_fr=f"Voisine {day}", published_on=datetime.date(2026, 1, day)
        ).programmes.add(water)
    NewsPostFactory(title_fr="Cachée", is_published=False).programmes.add(water)
    NewsPostFactory(title_fr="Sans rapport", published_on=datetime.date(2026, 2, 1))

    html = client.get(post.get_absolute_url()).content.decode()
    related = html[html.index("À lire aussi") :]

    assert titles(related) == ["Voisine 6", "Voisine 5", "Voisine 4"]


def test_a_post_without_programme_has_no_read_also(client):
    post = NewsPostFactory()
    NewsPostFactory()

    assert "À lire aussi" not in client.get(post.get_absolute_url()).content.decode()


def test_the_language_switcher_leads_to_the_same_post_in_english(client):
    post = NewsPostFactory(slug_fr="une-nouvelle", slug_en="a-piece-of-news")

    html = client.get("/fr/actualites/une-nouvelle/").content.decode()

    assert 'href="/en/news/a-piece-of-news/" hreflang="en"' in html
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/news/a-piece-of-news/">'
        in html
    )
    with translation.override("en"):
        assert post.get_absolute_url() == "/en/news/a-piece-of-news/"


def test_the_english_post_has_its_own_title_and_description(client):
    post = NewsPostFactory(title_en="Water for Podor", summary_en="Works at two schools.")
    with translation.override("en"):
        url = post.get_absolute_url()

    html = client.get(url).content.decode()

    assert "<title>Water for Podor · Le Partenariat</title>" in html
    assert '<meta name="description" content="Works at two schools.">' in html
    assert '<html lang="en">' in html


def test_an_unpublished_post_is_a_404_for_visitors_and_a_preview_for_staff(staff_client):
    post = NewsPostFactory(is_published=False, title_fr="Brouillon")

    assert Client().get(post.get_absolute_url()).status_code == 404
    preview = staff_client.get(post.get_absolute_url())
    assert preview.status_code == 200
    assert "Brouillon" in preview.content.decode()
    assert "noindex" in preview.get("X-Robots-Tag", "") + preview.content.decode()


@time_machine.travel(NOW, tick=False)
def test_a_scheduled_post_appears_on_time_even_on_a_cached_list(client):
    NewsPostFactory(title_fr="Déjà là")
    NewsPostFactory(title_fr="Programmée", publish_from=NOW + datetime.timedelta(hours=2))

    before = client.get("/fr/actualites/").content.decode()
    with time_machine.travel(NOW + datetime.timedelta(hours=2, seconds=1), tick=False):
        after = client.get("/fr/actualites/").content.decode()

    assert "Programmée" not in before
    assert "Programmée" in after


def test_the_news_pages_announce_their_atom_feed(client):
    post = NewsPostFactory()

    for path in ["/fr/actualites/", post.get_absolute_url(), "/fr/"]:
        html = client.get(path).content.decode()
        assert (
            '<link rel="alternate" type="application/atom+xml" '
            'title="Le Partenariat\xa0: actualités" href="/fr/actualites/flux/">'
        ) in html


def test_the_home_page_shows_the_three_latest_posts(client):
    for day in range(1, 6):
        NewsPostFactory(title_fr=f"Nouvelle {day}", published_on=datetime.date(2026, 3, day))

    html = client.get("/fr/").content.decode()
    news = html[html.index("Dernières actualités") : html.index("Toutes les actualités")]

    assert titles(news) == ["Nouvelle 5", "Nouvelle 4", "Nouvelle 3"]


def test_a_programme_page_shows_its_latest_three_posts(client):
    water = ProgrammeFactory()
    project = ProgrammeFactory(parent=water)
    for day in range(1, 5):
        NewsPostFactory(
            title_fr=f"Eau {day}", published_on=datetime.date(2026, 3, day)
        ).programmes.add(project if day == 4 else water)
    NewsPostFactory(title_fr="Ailleurs")

    html = client.get(water.get_absolute_url()).content.decode()
    news = html[html.index("Dernières actualités") :]

    assert titles(news)[:3] == ["Eau 4", "Eau 3", "Eau 2"]
    assert "Ailleurs" not in html
    assert f'href="/fr/actualites/?programme={water.slug_fr}"' in news
    assert client.get(f"/fr/actualites/?programme={water.slug_fr}").status_code == 200
