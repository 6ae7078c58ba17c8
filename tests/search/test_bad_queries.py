"""Whatever a visitor types, the page answers, says what it did, and reflects nothing raw."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.backends import MAX_QUERY_LENGTH
from tests.factories import PlaceFactory, ProgrammeFactory, TimelineEventFactory

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "%",
    "_",
    "%%",
    "'",
    '"',
    '"eau',
    "l'eau",
    "' OR 1=1 --",
    "eau'; DROP TABLE association_programme; --",
    "eau | !solaire & (",
    "\\",
    "-",
    "*",
    "le la les",
    "ü" * 3,
    "😀",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
@pytest.mark.parametrize("path", ["/fr/recherche/", "/en/search/"])
def test_odd_queries_get_a_page(client, corpus, path, query):
    response = client.get(path, {"q": query})

    assert response.status_code == 200


def test_percent_and_underscore_are_not_wildcards(client, corpus):
    for query in ("%", "_", "%a%"):
        page = client.get("/fr/recherche/", {"q": query}).content.decode()
        assert "Aucune page du site ne correspond" in page


def test_sql_in_a_query_is_only_text(client, corpus):
    response = client.get("/fr/recherche/", {"q": "eau'; DROP TABLE association_programme; --"})

    assert response.status_code == 200
    assert client.get("/fr/programmes/paems-acces-eau/").status_code == 200


def test_html_in_a_query_is_shown_as_text(client, corpus):
    response = client.get("/fr/recherche/", {"q": '<script>alert("x")</script> eau'})
    page = response.content.decode()

    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; eau" in page


def test_a_query_cannot_close_the_search_box_attribute(client, db):
    page = client.get("/fr/recherche/", {"q": '"><img src=x onerror=alert(1)>'}).content.decode()

    assert "<img src=x" not in page
    assert 'value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in page


def test_a_very_long_query_is_shortened_and_the_page_says_so(client, corpus):
    query = "eau " + "x" * 500

    response = client.get("/fr/recherche/", {"q": query})
    page = response.content.decode()

    assert response.status_code == 200
    assert (
        f"Votre recherche était trop longue\u00a0: seuls ses {MAX_QUERY_LENGTH} premiers "
        "caractères ont été utilisés." in page
    )
    assert f'value="{query[:MAX_QUERY_LENGTH]}"' in page


def test_a_null_character_gets_a_translated_error(client, db):
    response = client.get("/en/search/", {"q": "eau\x00"})

    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()


def build_matching_content(count):
    for index in range(count):
        ProgrammeFactory(summary_fr=f"L’eau dans l’école numéro {index}.")
        TimelineEventFactory(title_fr=f"Une fontaine d’eau, étape {index}")
        PlaceFactory(description_fr=f"Un point d’eau, lieu {index}.")


def count_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/recherche/", {"q": query})
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["eau", "école eau", "zeppelin"])
def test_the_page_makes_the_same_number_of_queries_with_few_and_many_matches(client, db, query):
    build_matching_content(2)
    few = count_queries(client, query)

    build_matching_content(120)
    many = count_queries(client, query)

    assert few == many
