import importlib

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import clear_url_caches

import lepartenariat.urls
from contact.models import ContactMessage, Place
from core.content import EDITORS, RECEPTION

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Each failed login hashes a password; the real hasher is slow on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff_member(django_user_model):
    return django_user_model.objects.create_user(
        "marie", "marie@example.org", "the-right-password", is_staff=True
    )


def log_in(client, password, address="203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": "marie", "password": password},
        REMOTE_ADDR=address,
        headers={"accept-language": "fr"},
    )


def test_five_failed_logins_lock_the_address_out_even_with_the_right_password(client, staff_member):
    for _attempt in range(4):
        assert log_in(client, "wrong").status_code == 200

    fifth = log_in(client, "wrong")
    right_password = log_in(client, "the-right-password")

    assert fifth.status_code == 429
    assert right_password.status_code == 429
    assert "Trop de connexions échouées" in right_password.content.decode()
    assert "_auth_user_id" not in client.session


def test_another_address_can_still_log_in_during_a_lockout(client, staff_member):
    for _attempt in range(5):
        log_in(client, "wrong")

    response = log_in(client, "the-right-password", address="198.51.100.20")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_axes_reset_unlocks_a_locked_out_address(client, staff_member):
    for _attempt in range(5):
        log_in(client, "wrong")
    assert log_in(client, "the-right-password").status_code == 429

    call_command("axes_reset")
    response = log_in(client, "the-right-password")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff_member.pk)


def test_behind_a_proxy_only_the_attacking_visitor_is_locked_out(client, settings, staff_member):
    settings.TRUSTED_PROXY_COUNT = 1

    def through_proxy(password, visitor):
        return client.post(
            LOGIN,
            {"username": "marie", "password": password},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for _attempt in range(5):
        through_proxy("wrong", "6.6.6.6")
    locked = through_proxy("the-right-password", "6.6.6.6")
    # A forged left-most entry does not escape the lockout: the proxy appends the real one.
    forged = through_proxy("the-right-password", "1.2.3.4, 6.6.6.6")
    colleague = through_proxy("the-right-password", "203.0.113.7")

    assert locked.status_code == 429
    assert forged.status_code == 429
    assert colleague.status_code == 302


@pytest.fixture
def admin_at_custom_path(settings):
    original = settings.ADMIN_PATH
    settings.ADMIN_PATH = "gestion-interne/"
    importlib.reload(lepartenariat.urls)
    clear_url_caches()
    yield
    settings.ADMIN_PATH = original
    importlib.reload(lepartenariat.urls)
    clear_url_caches()


def test_the_admin_path_comes_from_the_environment(client, admin_at_custom_path):
    moved = client.get("/gestion-interne/")
    old = client.get("/admin/")
    robots = client.get("/robots.txt").content.decode()

    assert moved.status_code == 302
    assert moved["Location"].startswith("/gestion-interne/login/")
    assert old.status_code == 404
    assert "gestion-interne" not in robots
    assert "/admin/" not in robots


def group_permissions(name):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=name).permissions.select_related("content_type")
    }


def test_editors_keep_the_content_and_never_read_visitors_data():
    permissions = group_permissions(EDITORS)

    assert {
        "association.change_programme",
        "association.delete_programme",
        "timeline.add_timelineevent",
        "contact.change_place",
        "contact.change_sociallink",
        "workshops.change_workshop",
        "association.change_page",
    } <= permissions
    # The fixed pages are edited, never removed.
    assert "association.delete_page" not in permissions
    assert not {p for p in permissions if "contactmessage" in p or "bookingrequest" in p}


def test_reception_answers_visitors_and_keeps_hours_without_writing_content():
    permissions = group_permissions(RECEPTION)

    assert {
        "contact.change_contactmessage",
        "contact.view_contactmessage",
        "workshops.change_bookingrequest",
        "contact.add_closure",
        "contact.change_openinghours",
        "contact.change_place",
    } <= permissions
    # Messages are never written or deleted by hand, and content is the editors' job.
    assert "contact.add_contactmessage" not in permissions
    assert "contact.delete_contactmessage" not in permissions
    assert "contact.delete_place" not in permissions
    assert "association.change_programme" not in permissions


@pytest.fixture
def member_of(django_user_model, client):
    def log_in_as(group_name):
        user = django_user_model.objects.create_user(f"{group_name}-user", is_staff=True)
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        return client

    return log_in_as


def test_an_editor_edits_content_but_not_accounts_or_opening_hours(member_of, seeded):
    client = member_of(EDITORS)
    place = Place.objects.get(seed_key="centre-gaia")

    assert client.get("/admin/association/programme/").status_code == 200
    assert client.get("/admin/timeline/timelineevent/add/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403
    assert (
        'name="opening_hours-TOTAL_FORMS"'
        not in client.get(f"/admin/contact/place/{place.pk}/change/").content.decode()
    )


def test_reception_edits_opening_hours_and_closures_but_not_the_content(member_of, seeded):
    client = member_of(RECEPTION)
    place = Place.objects.get(seed_key="centre-gaia")

    form = client.get(f"/admin/contact/place/{place.pk}/change/").content.decode()

    assert 'name="opening_hours-TOTAL_FORMS"' in form
    assert 'name="closures-TOTAL_FORMS"' in form
    assert client.get("/admin/association/programme/").status_code == 403
    assert client.get("/admin/timeline/timelineevent/").status_code == 403
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get("/admin/contact/place/add/").status_code == 403


def test_reception_reads_messages_and_editors_do_not(member_of, django_user_model):
    message = ContactMessage.objects.create(
        name="Awa", email="awa@example.org", subject="general", message="Bonjour", consent=True
    )
    reception = member_of(RECEPTION)

    assert reception.get("/admin/contact/contactmessage/").status_code == 200
    assert reception.get(f"/admin/contact/contactmessage/{message.pk}/change/").status_code == 200
    assert reception.get(f"/admin/contact/contactmessage/{message.pk}/delete/").status_code == 403
    editor = member_of(EDITORS)
    assert editor.get("/admin/contact/contactmessage/").status_code == 403
