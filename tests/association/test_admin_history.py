"""Every admin change is kept and can be restored; published records resist deletion (#8)."""

import pytest
from django.urls import reverse
from reversion.models import Version

from association.models import Programme
from tests.factories import KeyFigureFactory, ProgrammeFactory, TimelineEventFactory

pytestmark = pytest.mark.django_db


def change_form_data(programme, **changes):
    data = {
        "acronym": programme.acronym,
        "name_fr": programme.name_fr,
        "name_en": programme.name_en,
        "slug_fr": programme.slug_fr,
        "slug_en": programme.slug_en,
        "summary_fr": programme.summary_fr,
        "summary_en": programme.summary_en,
        "body_fr": programme.body_fr,
        "body_en": programme.body_en,
        "start_year": programme.start_year,
        "is_published": "on",
        "order": 0,
        "key_figures-TOTAL_FORMS": 0,
        "key_figures-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def test_an_admin_change_is_recorded_with_who_and_the_previous_values(staff_client):
    programme = ProgrammeFactory(name_fr="Ancien nom")
    url = reverse("admin:association_programme_change", args=[programme.pk])
    staff_client.post(url, change_form_data(programme, name_fr="Premier nom"))
    staff_client.post(url, change_form_data(programme, name_fr="Nouveau nom"))

    versions = Version.objects.get_for_object(programme)
    html = staff_client.get(
        reverse("admin:association_programme_history", args=[programme.pk])
    ).content.decode()

    assert versions.count() == 2
    assert versions[0].revision.user.username == "admin"
    assert versions[1].field_dict["name_fr"] == "Premier nom"
    assert "admin" in html


def test_a_previous_version_can_be_restored(staff_client):
    programme = ProgrammeFactory(name_fr="Ancien nom")
    url = reverse("admin:association_programme_change", args=[programme.pk])
    staff_client.post(url, change_form_data(programme, name_fr="Premier nom"))
    staff_client.post(url, change_form_data(programme, name_fr="Nouveau nom"))
    first = Version.objects.get_for_object(programme).last()

    revision_url = reverse("admin:association_programme_revision", args=[programme.pk, first.pk])
    assert staff_client.get(revision_url).status_code == 200
    staff_client.post(revision_url, change_form_data(programme, name_fr="Premier nom"))

    programme.refresh_from_db()
    assert programme.name_fr == "Premier nom"


def test_inline_key_figures_are_kept_with_their_programme(staff_client):
    programme = ProgrammeFactory()
    figure = KeyFigureFactory(programme=programme, value_fr="124")
    url = reverse("admin:association_programme_change", args=[programme.pk])
    data = change_form_data(
        programme,
        **{
            "key_figures-TOTAL_FORMS": 1,
            "key_figures-INITIAL_FORMS": 1,
            "key_figures-0-id": figure.pk,
            "key_figures-0-programme": programme.pk,
            "key_figures-0-value_fr": "130",
            "key_figures-0-value_en": "130",
            "key_figures-0-label_fr": figure.label_fr,
            "key_figures-0-label_en": figure.label_en,
            "key_figures-0-source_fr": figure.source_fr,
            "key_figures-0-source_en": figure.source_en,
            "key_figures-0-order": 0,
        },
    )

    staff_client.post(url, data)

    revision = Version.objects.get_for_object(programme).first().revision
    figure_versions = [v for v in revision.version_set.all() if v.object_id == str(figure.pk)]
    assert figure_versions[0].field_dict["value_fr"] == "130"


def test_a_published_programme_cannot_be_deleted(staff_client):
    programme = ProgrammeFactory()

    response = staff_client.post(
        reverse("admin:association_programme_delete", args=[programme.pk]),
        {"post": "yes"},
        follow=True,
    )

    html = response.content.decode()
    assert Programme.objects.filter(pk=programme.pk).exists()
    assert (
        "est publié\u00a0: décochez «\u00a0publié\u00a0» et enregistrez avant de le supprimer."
        in html
    )
    assert f"/fr/programmes/{programme.slug_fr}/" in html


def test_an_unpublished_programme_can_be_deleted(staff_client):
    programme = ProgrammeFactory(is_published=False)

    staff_client.post(
        reverse("admin:association_programme_delete", args=[programme.pk]), {"post": "yes"}
    )

    assert not Programme.objects.filter(pk=programme.pk).exists()


def test_the_bulk_delete_action_refuses_published_events(staff_client):
    published = TimelineEventFactory(title_fr="Étape publiée")
    hidden = TimelineEventFactory(is_published=False)

    response = staff_client.post(
        reverse("admin:timeline_timelineevent_changelist"),
        {"action": "delete_selected", "_selected_action": [published.pk, hidden.pk], "post": "yes"},
        follow=True,
    )

    assert "Les fiches publiées ne peuvent pas être supprimées" in response.content.decode()
    assert published.__class__.objects.count() == 2
