"""Whatever a visitor appends to an address, no public page answers with a server error."""

import pytest
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from association.models import Page, Programme

pytestmark = pytest.mark.django_db

URL_NAMES = [
    "home",
    "association:programme_list",
    "timeline:history",
    "contact:contact",
    "association:privacy",
    "association:legal",
    "association:accessibility",
    "search:results",
]


@pytest.fixture
def public_urls(seeded):
    Page.objects.get_or_create(
        key=Page.Key.PRIVACY, defaults={"title_fr": "Confidentialité", "title_en": "Privacy"}
    )
    programme = Programme.objects.published().first()
    urls = ["/", "/healthz", "/robots.txt", "/sitemap.xml"]
    for language in ["fr", "en"]:
        with translation.override(language):
            urls += [reverse(name) for name in URL_NAMES]
            urls.append(programme.get_absolute_url())
    return urls


# Raw query strings as a browser or a robot may send them: words, separators, percent
# escapes (valid or not), control characters and bytes that are not UTF-8. WSGI hands
# the raw bytes to Django as a latin-1 string.
pieces = st.one_of(
    st.text(max_size=20).map(lambda text: text.encode("utf-8").decode("latin-1")),
    st.sampled_from(
        ["=", "&", ";", "%", "%00", "%ff", "%c3%28", "+", "[]", "q", "page", "lang", "next"]
    ),
    st.binary(max_size=10).map(lambda raw: raw.decode("latin-1")),
)
query_strings = st.lists(pieces, max_size=12).map("".join)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(index=st.integers(min_value=0), query=query_strings)
def test_no_query_string_makes_a_public_page_fail(client, public_urls, index, query):
    url = public_urls[index % len(public_urls)]

    response = client.get(url, QUERY_STRING=query)

    assert response.status_code < 500, (url, query)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=st.dictionaries(st.text(min_size=1, max_size=10), st.text(max_size=50), max_size=5))
def test_no_decoded_parameters_make_a_public_page_fail(client, public_urls, params):
    for url in public_urls:
        assert client.get(url, params).status_code < 500, (url, params)
