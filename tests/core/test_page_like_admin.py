"""Page-like kinds share one admin: address from the title, search, "Publication" (#21)."""

import html

import pytest
from django.urls import reverse

from tests.factories import NewsPostFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def publication_fieldset(staff_client, url_name):
    fieldsets = list(staff_client.get(reverse(url_name)).context["adminform"])
    return fieldsets[-1].name, [
        field.field.name for line in fieldsets[-1] for field in line if field.field is not None
    ]


@pytest.mark.parametrize(
    "url_name, fields",
    [
        (
            "admin:news_newspost_add",
            ["is_published", "publish_from", "publish_until", "to_confirm", "to_confirm_note"],
        ),
        (
            "admin:events_event_add",
            ["is_published", "publish_from", "publish_until", "to_confirm", "to_confirm_note"],
        ),
        (
            "admin:documents_document_add",
            ["is_published", "publish_from", "publish_until", "to_confirm", "to_confirm_note"],
        ),
        (
            "admin:workshops_workshop_add",
            ["is_published", "order", "to_confirm", "to_confirm_note"],
        ),
        (
            "admin:association_programme_add",
            [
                "is_published",
                "publish_from",
                "publish_until",
                "order",
                "to_confirm",
                "to_confirm_note",
            ],
        ),
    ],
)
def test_each_form_ends_with_the_publication_its_kind_declares(staff_client, url_name, fields):
    assert publication_fieldset(staff_client, url_name) == ("Publication", fields)


@pytest.mark.parametrize(
    "url_name, title",
    [("admin:news_newspost_add", "title"), ("admin:association_programme_add", "name")],
)
def test_the_address_is_filled_from_the_title_in_each_language(staff_client, url_name, title):
    page = html.unescape(staff_client.get(reverse(url_name)).content.decode())

    assert f'"id": "#id_slug_fr", "name": "slug_fr", "dependency_ids": ["#id_{title}_fr"]' in page
    assert f'"id": "#id_slug_en", "name": "slug_en", "dependency_ids": ["#id_{title}_en"]' in page


def listed(client, url_name, query):
    response = client.get(reverse(url_name), {"q": query})
    return [str(obj) for obj in response.context["cl"].result_list]


def test_the_list_search_reads_the_title_the_summary_and_the_kinds_own_fields(staff_client):
    ProgrammeFactory(acronym="PAEMS", name_fr="Eau et assainissement")
    ProgrammeFactory(acronym="PAER", name_fr="Énergies renouvelables")
    NewsPostFactory(title_fr="Rentrée", summary_fr="Les écoles de Saint-Louis rouvrent.")
    NewsPostFactory(title_fr="Assemblée générale")

    by_acronym = listed(staff_client, "admin:association_programme_changelist", "PAEMS")
    by_summary = listed(staff_client, "admin:news_newspost_changelist", "Saint-Louis")

    assert by_acronym == ["PAEMS – Eau et assainissement"]
    assert by_summary == ["Rentrée"]
