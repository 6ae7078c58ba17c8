"""One table of queries and expected first results, for whichever database runs the suite.

CI runs the suite on SQLite and on PostgreSQL, so this same table checks the simple
fallback and PostgreSQL's full-text search alike.
"""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from search.backends import search_site

pytestmark = pytest.mark.django_db

TABLE = [
    # (language, query, key of the expected first result in the corpus)
    ("fr", "gaia", "gaia"),
    ("fr", "Gaïa", "gaia"),
    ("fr", "GAIA", "gaia"),
    ("fr", "eau", "paems"),
    ("fr", "Eau", "paems"),
    ("fr", "paems", "paems"),
    ("fr", "écoles", "school"),
    ("fr", "ecole", "school"),
    ("fr", "énergie solaire", "paer"),
    ("fr", "ENERGIES", "paer"),
    ("fr", "renouvelable", "paer"),
    ("fr", "guinee", "volunteers"),
    ("fr", "volontaire", "volunteers"),
    ("fr", "lille", "lille"),
    ("fr", "l’eau potable", "paems"),
    ("en", "gaia", "gaia"),
    ("en", "renewable", "paer"),
    ("en", "energies", "paer"),
    ("en", "water", "paems"),
    ("en", "school", "paems"),
    ("en", "classrooms", "school"),
    ("en", "volunteer", "volunteers"),
    ("en", "Volunteers", "volunteers"),
    ("en", "guinea", "volunteers"),
    ("en", "head office", "lille"),
]


def first_result(language, query):
    with translation.override(language):
        results = search_site(query=query, language=language)
    assert results, f"nothing found for {query!r} in {language}"
    return results[0]


def url_of(record, language):
    with translation.override(language):
        if hasattr(record, "get_absolute_url"):
            return record.get_absolute_url()
        if hasattr(record, "anchor"):
            return f"{reverse('timeline:history')}#{record.anchor}"
        return f"{reverse('contact:contact')}#place-{record.pk}"


@pytest.mark.parametrize(("language", "query", "expected"), TABLE)
def test_the_expected_record_comes_first(corpus, language, query, expected):
    assert first_result(language, query).url == url_of(corpus[expected], language)


def test_a_title_match_comes_before_a_record_that_only_mentions_the_words(corpus):
    # PAEMS names schools in its summary only; the event has "école" in its title.
    with translation.override("fr"):
        results = search_site(query="école", language="fr")

    assert [result.title for result in results] == [
        "1986 – Une école au village",
        "PAEMS – Programme d’Accès à l’Eau en Milieu Scolaire",
    ]


def test_only_the_text_of_the_page_language_is_searched(corpus):
    with translation.override("fr"):
        assert search_site(query="renewable", language="fr") == []
    with translation.override("en"):
        assert search_site(query="renouvelables", language="en") == []


def test_every_word_of_the_query_must_be_found(corpus):
    with translation.override("fr"):
        results = search_site(query="eau solaire", language="fr")

    assert results == []


@pytest.mark.parametrize(
    ("language", "query", "expected_title"),
    [
        ("fr", "gaia", "Centre Gaïa"),
        ("fr", "eau", "PAEMS – Programme d’Accès à l’Eau en Milieu Scolaire"),
        ("en", "renewable", "PAER – Programme for Access to Renewable Energy"),
    ],
)
def test_the_seeded_site_answers_the_everyday_searches(seeded, language, query, expected_title):
    assert first_result(language, query).title == expected_title


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the SQLite fallback only handles plurals; stemming verbs needs PostgreSQL",
)
def test_postgresql_stems_english_verbs(corpus):
    # "launching" and "launched" share the stem "launch" in PostgreSQL's English dictionary.
    assert first_result("en", "launching").url == url_of(corpus["paer"], "en")


def test_a_language_the_site_lacks_searches_the_french_text(corpus):
    results = search_site(query="écoles", language="pt")

    assert results[0].title == "1986 – Une école au village"
