"""Every content model's admin gets history, and translated ones the status tools (#8)."""

import pytest
from django.apps import apps
from django.urls import NoReverseMatch, reverse
from reversion.models import Version

from contact.models import ContactMessage
from core.content import is_visitor_data
from tests.factories import ContactMessageFactory

pytestmark = pytest.mark.django_db


def admin_lists(client):
    """(model name, list address) of every list the admin index offers a superuser."""
    app_list = client.get(reverse("admin:index")).context["available_apps"]
    return [
        (model["object_name"].lower(), app["app_label"], model["admin_url"])
        for app in app_list
        # Accounts, lockouts, second factors and WordPress import reports hold no site content.
        if app["app_label"] not in {"auth", "axes", "mfa", "wordpress"}
        for model in app["models"]
    ]


def test_every_kind_of_content_can_be_recovered_but_no_visitors_data(staff_client):
    recoverable, not_recoverable = set(), set()
    for model_name, app_label, _url in admin_lists(staff_client):
        try:
            url = reverse(f"admin:{app_label}_{model_name}_recoverlist")
        except NoReverseMatch:
            not_recoverable.add(f"{app_label}.{model_name}")
            continue
        assert staff_client.get(url).status_code == 200, url
        recoverable.add(f"{app_label}.{model_name}")

    assert {"association.programme", "timeline.timelineevent", "contact.place"} <= recoverable
    assert {"contact.contactmessage", "workshops.bookingrequest"} <= not_recoverable
    # Only what visitors send stays out of the history; every kind of content is in it.
    assert all(is_visitor_data(apps.get_model(label)) for label in not_recoverable)


def test_every_translated_list_shows_each_records_translation_status(staff_client, seeded):
    for model_name, app_label, url in admin_lists(staff_client):
        html = staff_client.get(url).content.decode()
        if f"{app_label}.{model_name}" in {"association.programme", "timeline.timelineevent"}:
            assert "translation-badge" in html, url
        if f"{app_label}.{model_name}" == "contact.contactmessage":
            assert "translation-badge" not in html


def test_visitors_messages_leave_no_copy_in_the_history_so_their_purge_is_complete(staff_client):
    message = ContactMessageFactory()
    url = reverse("admin:contact_contactmessage_change", args=[message.pk])

    staff_client.post(url, {"status": ContactMessage.Status.HANDLED, "internal_note": "Fait"})

    message.refresh_from_db()
    assert message.status == ContactMessage.Status.HANDLED
    assert not Version.objects.filter(content_type__model="contactmessage").exists()
