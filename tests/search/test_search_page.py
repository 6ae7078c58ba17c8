import re

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from tests.factories import ProgrammeFactory, TimelineEventFactory
from timeline.models import TimelineEvent

pytestmark = pytest.mark.django_db


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_search_urls_reverse_and_resolve_in_both_languages():
    for language, path in (("fr", "/fr/recherche/"), ("en", "/en/search/")):
        with translation.override(language):
            assert reverse("search:results") == path
            match = resolve(path)
            assert f"{match.namespace}:{match.url_name}" == "search:results"


def test_results_say_how_many_were_found_in_french(client, corpus):
    response = client.get("/fr/recherche/", {"q": "programme"})

    assert response.status_code == 200
    assert "2 résultats pour « programme »" in text_of(response)


def test_one_result_is_announced_in_the_singular_in_english(client, corpus):
    response = client.get("/en/search/", {"q": "renewable"})

    assert "1 result for “renewable”" in text_of(response)


def test_results_link_to_the_pages_of_the_visitor_language(client, corpus):
    french = client.get("/fr/recherche/", {"q": "lille"}).content.decode()
    english = client.get("/en/search/", {"q": "lille"}).content.decode()

    assert 'href="/fr/programmes/centre-gaia/"' in french
    assert f'href="/fr/contact/#place-{corpus["lille"].pk}"' in french
    assert f'href="/en/contact/#place-{corpus["lille"].pk}"' in english


def test_a_programme_result_links_to_its_translated_address(client, corpus):
    response = client.get("/en/search/", {"q": "renewable"})

    assert 'href="/en/programmes/paer-renewable-energy/"' in response.content.decode()


def test_a_history_result_links_to_its_step_on_the_history_page(client, corpus):
    response = client.get("/fr/recherche/", {"q": "volontaires"})

    assert f'href="/fr/histoire/#event-{corpus["volunteers"].pk}"' in response.content.decode()
    # The anchor exists on the page the link leads to.
    history = client.get("/fr/histoire/").content.decode()
    assert f'id="event-{corpus["volunteers"].pk}"' in history


def test_excerpts_highlight_the_words_found(client, corpus):
    response = client.get("/fr/recherche/", {"q": "fontaine"})

    assert "<mark>fontaines</mark>" in response.content.decode()


def test_excerpts_show_rich_text_without_its_tags(client, corpus):
    response = client.get("/en/search/", {"q": "drinking"})
    page = response.content.decode()

    assert "<mark>drinking</mark> water" in page
    assert "&lt;strong&gt;" not in page


def test_excerpts_escape_the_stored_text(client, db):
    ProgrammeFactory(summary_fr="Tom & Jerry <3 l’eau", body_fr="")

    page = client.get("/fr/recherche/", {"q": "jerry"}).content.decode()

    assert "Tom &amp; <mark>Jerry</mark> &lt;3" in page


def test_unpublished_records_are_never_found(client, db):
    ProgrammeFactory(name_fr="Programme caché des baobabs", is_published=False)
    TimelineEventFactory(title_fr="Étape cachée des baobabs", is_published=False)

    response = client.get("/fr/recherche/", {"q": "baobabs"})

    assert "baobabs" not in text_of(response).replace("« baobabs »", "")
    assert "Aucune page du site ne correspond à « baobabs »." in text_of(response)


def test_nothing_found_gives_advice_and_links_in_english(client, corpus):
    response = client.get("/en/search/", {"q": "zeppelin"})
    page = response.content.decode()

    assert "Nothing on the site matches “zeppelin”." in text_of(response)
    assert "Check the spelling" in page
    assert 'href="/en/programmes/"' in page
    assert 'href="/en/history/"' in page


def test_an_empty_search_invites_to_type_words(client, db):
    response = client.get("/fr/recherche/")

    assert response.status_code == 200
    assert "Tapez un ou plusieurs mots" in text_of(response)
    assert "résultat" not in text_of(response)


def test_the_language_switcher_keeps_the_search(client, corpus):
    page = client.get("/fr/recherche/", {"q": "eau"}).content.decode()

    assert 'href="/en/search/?q=eau"' in page


@pytest.mark.parametrize(
    "path", ["/fr/", "/en/", "/fr/histoire/", "/en/programmes/", "/fr/contact/", "/fr/absent/"]
)
def test_every_page_has_a_labelled_search_box_in_its_header(client, seeded, path):
    page = client.get(path).content.decode()
    header = page.split("</header>")[0]

    language = path.split("/")[1]
    action = "/fr/recherche/" if language == "fr" else "/en/search/"
    label = "Rechercher sur le site" if language == "fr" else "Search the site"
    assert f'role="search" method="get" action="{action}"' in header
    assert f'for="site-search-q">{label}</label>' in header
    assert 'id="site-search-q" type="search" name="q"' in header


def test_robots_txt_keeps_crawlers_out_of_result_pages_in_both_languages(client, db):
    robots = client.get("/robots.txt").content.decode()

    assert "Disallow: /fr/recherche/" in robots
    assert "Disallow: /en/search/" in robots


def test_a_history_result_past_the_first_25_steps_links_to_the_page_that_shows_it(client):
    for year in range(1981, 2011):
        TimelineEventFactory(year=year)
    # In the same year, a period comes before a single year, then the order staff set.
    TimelineEventFactory(year=2011, order=2, title_fr="Les ruches de Podor")
    TimelineEventFactory(year=2011, end_year=2015, order=5, title_fr="Les années 2010")
    # Unpublished steps are not on the history: they do not push the others further.
    TimelineEventFactory.create_batch(5, year=1990, is_published=False)
    hives = TimelineEvent.objects.get(title_fr="Les ruches de Podor")

    response = client.get("/fr/recherche/", {"q": "ruches"})

    # 30 single years, then the period: the hives are step 32, the 7th of page 2.
    assert f'href="/fr/histoire/?page=2#event-{hives.pk}"' in response.content.decode()
    assert hives.get_absolute_url() == f"/fr/histoire/?page=2#event-{hives.pk}"
    history = client.get("/fr/histoire/", {"page": 2}).content.decode()
    assert f'id="event-{hives.pk}"' in history
