"""Translation column, filter and "mark reviewed" action in the admin lists (#8)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contact.models import Closure
from tests.factories import ClosureFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:association_programme_changelist"


def change_link(programme):
    return reverse("admin:association_programme_change", args=[programme.pk])


def test_the_list_shows_which_language_is_missing(staff_client):
    ProgrammeFactory(summary_en="")

    html = staff_client.get(reverse(CHANGELIST)).content.decode()

    assert "FR&nbsp;✓" in html
    assert "EN&nbsp;✗" in html
    assert "Manquant\u00a0: résumé" in html


def test_the_filter_keeps_only_records_missing_english(staff_client):
    incomplete = ProgrammeFactory(summary_en="")
    complete = ProgrammeFactory()

    html = staff_client.get(reverse(CHANGELIST) + "?translation=missing_en").content.decode()

    assert change_link(incomplete) in html
    assert change_link(complete) not in html
    assert "Anglais manquant" in html


def test_the_english_to_review_filter_and_the_mark_reviewed_action(staff_client):
    stale = ProgrammeFactory()
    stale.summary_fr = "Un nouveau résumé."
    stale.save()
    up_to_date = ProgrammeFactory()
    url = reverse(CHANGELIST) + "?translation=stale_en"

    html = staff_client.get(url).content.decode()
    assert change_link(stale) in html
    assert change_link(up_to_date) not in html
    assert "EN&nbsp;⚠" in html

    response = staff_client.post(
        url, {"action": "mark_translations_reviewed", "_selected_action": [stale.pk]}, follow=True
    )
    assert "1 fiche marquée comme relue." in response.content.decode()
    assert change_link(stale) not in staff_client.get(url).content.decode()


def test_every_translated_model_has_the_filter(staff_client):
    ClosureFactory(reason_en="")

    html = staff_client.get(
        reverse("admin:contact_closure_changelist") + "?translation=missing_en"
    ).content.decode()

    assert "Vacances de Noël" in html
    assert Closure.objects.count() == 1


def test_the_list_makes_the_same_number_of_queries_with_few_and_many_rows(staff_client):
    ProgrammeFactory.create_batch(2)
    with CaptureQueriesContext(connection) as few:
        staff_client.get(reverse(CHANGELIST))
    ProgrammeFactory.create_batch(30)
    with CaptureQueriesContext(connection) as many:
        staff_client.get(reverse(CHANGELIST))

    assert len(few) == len(many)


def test_the_translation_column_is_styled_on_every_list(staff_client):
    html = staff_client.get(reverse(CHANGELIST)).content.decode()

    assert "css/admin-workshop.css" in html
