import pytest
from django.contrib import admin
from django.urls import reverse

from association.models import Programme
from contact.models import Place
from core.content import public_content_models

pytestmark = pytest.mark.django_db

# Every kind of content staff edit, as declared (core.content): a new one joins by itself.
MODELS = [model for model in public_content_models() if admin.site.is_registered(model)]


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_content_list_and_form_opens_for_staff(staff_client, seeded, model):
    # A kind kept to one row (the support page's settings, #25) opens its one form instead.
    changelist = staff_client.get(
        admin_url(model, "changelist"), headers={"accept-language": "fr"}, follow=True
    )
    add_form = staff_client.get(admin_url(model, "add"))
    # A kind kept to one row (the support page's texts) refuses a second one once seeded.
    may_add = admin.site.get_model_admin(model).has_add_permission(changelist.wsgi_request)

    assert changelist.status_code == 200
    assert add_form.status_code == (200 if may_add else 403)


def test_admin_speaks_french(staff_client, seeded):
    html = staff_client.get("/admin/", headers={"accept-language": "fr"}).content.decode()

    assert "Programmes" in html
    assert "Étapes de l’histoire" in html
    assert "Lieux" in html


def test_translated_fields_have_french_and_english_tabs_loaded_locally(staff_client, seeded):
    programme = Programme.objects.get(seed_key="paems")
    html = staff_client.get(admin_url(Programme, "change", programme.pk)).content.decode()

    assert 'name="name_fr"' in html
    assert 'name="name_en"' in html
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html


def test_an_opening_interval_that_closes_before_it_opens_is_refused_clearly(staff_client, db):
    place = Place.objects.create(
        name_fr="Centre Gaïa", name_en="Centre Gaïa", locality="Lille", country="FR"
    )
    data = {
        "name_fr": "Centre Gaïa",
        "name_en": "Centre Gaïa",
        "locality": "Lille",
        "country": "FR",
        "time_zone": "Europe/Paris",
        "order": 0,
        "is_published": "on",
        "opening_hours-TOTAL_FORMS": 1,
        "opening_hours-INITIAL_FORMS": 0,
        "opening_hours-0-weekday": 1,
        "opening_hours-0-opens": "18:00",
        "opening_hours-0-closes": "09:00",
        "closures-TOTAL_FORMS": 0,
        "closures-INITIAL_FORMS": 0,
    }

    response = staff_client.post(admin_url(Place, "change", place.pk), data)

    assert response.status_code == 200
    assert "L’heure de fermeture doit venir après l’heure d’ouverture." in response.content.decode()
    assert place.opening_hours.count() == 0


def test_values_to_confirm_are_flagged_in_the_admin_lists(staff_client, seeded):
    response = staff_client.get(admin_url(Place, "changelist") + "?to_confirm__exact=1")

    assert response.status_code == 200
    assert "Centre Gaïa" in response.content.decode()
