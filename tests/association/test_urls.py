import pytest
from django.urls import resolve, reverse
from django.utils import translation

CONTRACT = [
    ("home", {}, "/fr/", "/en/"),
    ("timeline:history", {}, "/fr/histoire/", "/en/history/"),
    ("association:programme_list", {}, "/fr/programmes/", "/en/programmes/"),
    (
        "association:programme_detail",
        {"slug": "paems"},
        "/fr/programmes/paems/",
        "/en/programmes/paems/",
    ),
    ("contact:contact", {}, "/fr/contact/", "/en/contact/"),
]


@pytest.mark.parametrize(("name", "kwargs", "fr_path", "en_path"), CONTRACT)
def test_public_urls_reverse_and_resolve_in_both_languages(name, kwargs, fr_path, en_path):
    for language, path in (("fr", fr_path), ("en", en_path)):
        with translation.override(language):
            assert reverse(name, kwargs=kwargs) == path
            match = resolve(path)
            assert match.view_name == name


@pytest.mark.parametrize(
    ("name", "path"),
    [("healthz", "/healthz"), ("robots_txt", "/robots.txt"), ("sitemap", "/sitemap.xml")],
)
def test_site_wide_urls_have_no_language_prefix(name, path):
    assert reverse(name) == path
    assert resolve(path).url_name == name


def test_admin_lives_at_admin():
    assert reverse("admin:index") == "/admin/"
