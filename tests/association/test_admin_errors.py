"""Every error of an admin form is listed at its top, with a link to its field (#25)."""

import pytest
from django.urls import reverse

from contact.models import Closure, Place

pytestmark = pytest.mark.django_db


def place_data(**changes):
    data = {
        "name_fr": "Centre Gaïa",
        "name_en": "Centre Gaïa",
        "locality": "Lille",
        "country": "FR",
        "time_zone": "Europe/Paris",
        "order": 0,
        "is_published": "on",
        "opening_hours-TOTAL_FORMS": 0,
        "opening_hours-INITIAL_FORMS": 0,
        "closures-TOTAL_FORMS": 1,
        "closures-INITIAL_FORMS": 0,
        "closures-0-start_date": "24/12/2026",
        "closures-0-end_date": "24/12/2026",
        "closures-0-reason_fr": "Réveillon",
        "closures-0-reason_en": "",
    }
    return {**data, **changes}


def test_an_error_behind_an_inline_english_tab_is_listed_at_the_top_with_a_link(staff_client):
    place = Place.objects.create(
        name_fr="Centre Gaïa", name_en="Centre Gaïa", locality="Lille", country="FR"
    )

    response = staff_client.post(
        reverse("admin:contact_place_change", args=[place.pk]), place_data()
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert Closure.objects.count() == 0
    assert "Rien n’a été enregistré\u00a0: un champ à corriger." in html
    assert (
        '<a href="#id_closures-0-reason_en" data-field="id_closures-0-reason_en">'
        "Fermetures, ligne 1 – Motif [en]\u00a0: Ce champ est obligatoire.</a>"
    ) in html


def test_the_headings_name_the_record_with_its_article(staff_client):
    place = Place.objects.create(
        name_fr="Centre Gaïa", name_en="Centre Gaïa", locality="Lille", country="FR"
    )

    add = staff_client.get(reverse("admin:news_newspost_add")).content.decode()
    change = staff_client.get(reverse("admin:contact_place_change", args=[place.pk]))
    listing = staff_client.get(reverse("admin:events_event_changelist")).content.decode()

    assert "<h1>Ajouter une actualité</h1>" in add
    assert "<title>Ajouter une actualité |" in add
    assert "<h1>Modifier le lieu</h1>" in change.content.decode()
    assert "<h1>Choisir un événement à modifier</h1>" in listing
    assert ">Ajouter un événement</a>" in listing
