import re

import pytest

from tests.factories import ProgrammeFactory

pytestmark = pytest.mark.django_db


def switcher_links(response):
    html = response.content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        lang: href for href, lang in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', switcher)
    }


@pytest.mark.parametrize(
    ("path", "other_language", "counterpart"),
    [
        ("/fr/", "en", "/en/"),
        ("/en/", "fr", "/fr/"),
        ("/fr/histoire/", "en", "/en/history/"),
        ("/en/history/", "fr", "/fr/histoire/"),
        ("/fr/programmes/", "en", "/en/programmes/"),
        ("/fr/contact/", "en", "/en/contact/"),
        ("/en/contact/", "fr", "/fr/contact/"),
    ],
)
def test_switcher_leads_to_the_same_page_in_the_other_language(
    client, seeded, path, other_language, counterpart
):
    assert switcher_links(client.get(path)) == {other_language: counterpart}


def test_switcher_on_a_programme_follows_the_translated_slug(client, db):
    ProgrammeFactory(slug_fr="acces-eau-ecoles", slug_en="water-in-schools")

    french = client.get("/fr/programmes/acces-eau-ecoles/")
    english = client.get("/en/programmes/water-in-schools/")

    assert switcher_links(french) == {"en": "/en/programmes/water-in-schools/"}
    assert switcher_links(english) == {"fr": "/fr/programmes/acces-eau-ecoles/"}


def test_every_page_lists_hreflang_alternates_for_both_languages(client, seeded):
    html = client.get("/fr/histoire/").content.decode()

    assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/histoire/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/history/">' in html


def test_switcher_on_a_missing_page_offers_the_other_home_page(client, db):
    assert switcher_links(client.get("/fr/nexiste-pas/")) == {"en": "/en/"}
