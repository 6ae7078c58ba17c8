"""Pages staff make live at addresses nested under their parents, in each language (#23)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import resolve, reverse
from django.utils import translation

from pages.models import Page
from tests.factories import StaffPageFactory

pytestmark = pytest.mark.django_db


def three_levels():
    top = StaffPageFactory(
        title_fr="Coopération", slug_fr="cooperation", title_en="Cooperation", slug_en="cooperation"
    )
    middle = StaffPageFactory(
        parent=top,
        title_fr="Accès aux services",
        slug_fr="acces-aux-services",
        title_en="Access to services",
        slug_en="access-to-services",
    )
    leaf = StaffPageFactory(
        parent=middle,
        title_fr="Le projet PAEMS",
        slug_fr="le-projet-paems",
        title_en="The PAEMS project",
        slug_en="the-paems-project",
    )
    return top, middle, leaf


def test_a_page_three_levels_down_is_at_its_parents_address_in_each_language(client):
    _top, _middle, leaf = three_levels()

    french = client.get("/fr/cooperation/acces-aux-services/le-projet-paems/")
    english = client.get("/en/cooperation/access-to-services/the-paems-project/")

    assert french.status_code == 200
    assert "<h1>Le projet PAEMS</h1>" in french.content.decode()
    assert english.status_code == 200
    assert "<h1>The PAEMS project</h1>" in english.content.decode()
    with translation.override("en"):
        assert leaf.get_absolute_url() == "/en/cooperation/access-to-services/the-paems-project/"


def test_the_url_name_reverses_and_resolves_in_both_languages():
    with translation.override("fr"):
        assert reverse("pages:page", kwargs={"path": "a/b"}) == "/fr/a/b/"
        assert resolve("/fr/a/b/").view_name == "pages:page"
    with translation.override("en"):
        assert reverse("pages:page", kwargs={"path": "a/b"}) == "/en/a/b/"
        # A fixed section keeps its address: pages come last.
        assert resolve("/en/news/").view_name == "news:list"


def test_the_breadcrumb_names_the_parents_and_the_switcher_leads_to_the_same_page(client):
    three_levels()

    html = client.get("/fr/cooperation/acces-aux-services/le-projet-paems/").content.decode()

    assert '<li><a href="/fr/cooperation/">Coopération</a></li>' in html
    assert '<li><a href="/fr/cooperation/acces-aux-services/">Accès aux services</a></li>' in html
    assert 'href="/en/cooperation/access-to-services/the-paems-project/" hreflang="en"' in html


def test_a_page_under_a_hidden_parent_is_hidden_too(client):
    top, _middle, _leaf = three_levels()
    top.is_published = False
    top.save()

    assert client.get("/fr/cooperation/acces-aux-services/le-projet-paems/").status_code == 404


def test_an_unpublished_page_is_not_found(client):
    StaffPageFactory(slug_fr="brouillon", is_published=False)

    assert client.get("/fr/brouillon/").status_code == 404


def test_moving_a_parent_moves_its_sub_pages(client):
    top, _middle, leaf = three_levels()
    top.slug_fr = "nos-actions"
    top.save()

    leaf.refresh_from_db()
    assert leaf.path_fr == "nos-actions/acces-aux-services/le-projet-paems"
    assert client.get("/fr/nos-actions/acces-aux-services/le-projet-paems/").status_code == 200


@pytest.mark.parametrize(
    ("language", "slug"),
    [("fr", "actualites"), ("fr", "agenda"), ("fr", "recherche"), ("en", "news"), ("fr", "admin")],
)
def test_a_top_page_cannot_take_the_address_of_a_section(language, slug):
    page = StaffPageFactory.build(**{f"slug_{language}": slug})

    with pytest.raises(ValidationError) as error, translation.override("en"):
        page.full_clean()

    assert error.value.message_dict[f"slug_{language}"] == [
        f"“{slug}” is the address of a section of the site; choose another."
    ]


def test_a_sub_page_may_take_a_sections_name_under_its_parent():
    top = StaffPageFactory(slug_fr="cooperation")
    page = StaffPageFactory.build(parent=top, slug_fr="actualites")

    page.full_clean()


def test_two_sibling_pages_cannot_share_an_address_and_the_message_is_french():
    StaffPageFactory(title_fr="Le projet", slug_fr="le-projet")
    page = StaffPageFactory.build(slug_fr="le-projet")

    with pytest.raises(ValidationError) as error, translation.override("fr"):
        page.full_clean()

    assert error.value.message_dict["slug_fr"] == [
        "La page «\u00a0Le projet\u00a0» a déjà cette adresse\u202f; choisissez-en une autre."
    ]
    assert Page.objects.filter(slug_fr="le-projet").count() == 1


def test_a_page_cannot_become_its_own_descendant():
    top, _middle, leaf = three_levels()
    top.parent = leaf

    with pytest.raises(ValidationError) as error, translation.override("en"):
        top.full_clean()

    assert error.value.message_dict["parent"] == [
        "A page cannot be placed under itself or under one of its own sub-pages."
    ]
