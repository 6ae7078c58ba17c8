"""The admin index is organised for the two staff jobs, each seeing only its own (#8)."""

import datetime

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from association.models import Programme
from contact.models import ContactMessage, Place
from core.content import EDITORS, declared_models, staff_permissions_table
from tests.factories import ClosureFactory, ContactMessageFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def admin_pages(group, keep):
    """The admin pages ("app_model") of the models `group` may act on as `keep(actions)`
    says, read from each model's declaration (core.content), so a new kind joins by itself."""
    actions_by_model = staff_permissions_table()[group]
    return [
        model._meta.label_lower.replace(".", "_")
        for model in declared_models()
        if admin.site.is_registered(model)
        and keep(actions_by_model.get(model._meta.label_lower, ()))
    ]


EDITOR_PAGES = admin_pages(EDITORS, lambda actions: "add" in actions)
RECEPTION_ONLY_PAGES = admin_pages(EDITORS, lambda actions: not actions)


def test_an_editor_sees_the_content_section_and_no_messages_or_closures(client, editor, seeded):
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    assert 'id="job-content"' in html
    assert "Contenu du site" in html
    assert "Programmes" in html
    for page in RECEPTION_ONLY_PAGES:
        assert reverse(f"admin:{page}_changelist") not in html


@pytest.mark.parametrize("page", EDITOR_PAGES)
def test_an_editor_opens_every_content_list_and_form(client, editor, seeded, page):
    client.force_login(editor)

    # A kind kept to one row (the support page's settings, #25) opens its one form instead,
    # and refuses a second one once seeded.
    changelist = client.get(reverse(f"admin:{page}_changelist"), follow=True)
    model = apps.get_model(*page.split("_", 1))
    may_add = admin.site.get_model_admin(model).has_add_permission(changelist.wsgi_request)

    assert changelist.status_code == 200
    assert client.get(reverse(f"admin:{page}_add")).status_code == (200 if may_add else 403)


def test_an_editor_may_not_open_reception_pages(client, editor, seeded):
    client.force_login(editor)

    for page in RECEPTION_ONLY_PAGES:
        assert client.get(reverse(f"admin:{page}_changelist")).status_code == 403


def test_reception_sees_its_section_with_upcoming_closures(client, receptionist, seeded):
    place = Place.objects.get(seed_key="lille")
    ClosureFactory(
        place=place,
        start_date=timezone.localdate() + datetime.timedelta(days=5),
        end_date=timezone.localdate() + datetime.timedelta(days=9),
    )
    ClosureFactory(
        place=place, start_date=datetime.date(2001, 1, 1), end_date=datetime.date(2001, 1, 2)
    )
    client.force_login(receptionist)

    html = client.get("/admin/").content.decode()

    assert 'id="job-reception"' in html
    assert "Accueil du public" in html
    assert "1 à venir" in html
    assert 'id="job-content"' not in html
    assert reverse("admin:association_programme_changelist") not in html


def test_reception_opens_messages_closures_and_places_but_adds_only_closures(
    client, receptionist, seeded
):
    place = Place.objects.get(seed_key="lille")
    client.force_login(receptionist)

    for page in ["contact_place", "contact_closure", "contact_contactmessage"]:
        assert client.get(reverse(f"admin:{page}_changelist")).status_code == 200
    assert client.get(reverse("admin:contact_closure_add")).status_code == 200
    assert client.get(reverse("admin:contact_place_change", args=[place.pk])).status_code == 200
    assert client.get(reverse("admin:contact_place_add")).status_code == 403


def test_reception_may_not_open_or_change_programmes(client, receptionist, seeded):
    programme = Programme.objects.get(seed_key="paems")
    client.force_login(receptionist)

    assert client.get(reverse("admin:association_programme_changelist")).status_code == 403
    change = reverse("admin:association_programme_change", args=[programme.pk])
    assert client.post(change, {"name_fr": "Piraté"}).status_code == 403
    programme.refresh_from_db()
    assert programme.name_fr != "Piraté"


def test_the_index_counts_what_lacks_english_and_links_to_it(staff_client, seeded):
    ProgrammeFactory(summary_en="")

    html = staff_client.get("/admin/").content.decode()

    changelist = reverse("admin:association_programme_changelist")
    assert f'href="{changelist}?translation=missing_en">1 sans EN</a>' in html


def test_the_content_section_puts_programmes_and_history_first(staff_client, seeded):
    html = staff_client.get("/admin/").content.decode()
    content = html[html.index('id="job-content"') : html.index('id="job-reception"')]

    assert content.index("Programmes") < content.index("Étapes de l’histoire")
    assert content.index("Étapes de l’histoire") < content.index("Pays")


def test_reception_sees_how_many_messages_are_new_and_opens_them(client, receptionist, seeded):
    ContactMessageFactory.create_batch(2)
    ContactMessageFactory(status=ContactMessage.Status.HANDLED)
    client.force_login(receptionist)

    html = client.get("/admin/").content.decode()
    inbox = reverse("admin:contact_contactmessage_changelist") + "?status__exact=new"

    assert f'href="{inbox}">2 nouveaux</a>' in html
    assert html.index("Messages") < html.index("Lieux")
    assert client.get(inbox).status_code == 200
