"""What a tester got past the second factor (#22): previews, Unicode digits, a path prefix,
recovery codes used twice at once."""

import pyotp
import pytest
import time_machine
from django.contrib.auth.hashers import MD5PasswordHasher, make_password
from django.test import Client
from django.urls import set_script_prefix
from mfa.models import MFAKey

from tests.factories import DocumentFactory, NewsPostFactory
from tests.pdfs import pdf_upload

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
# Inside one 30-second TOTP step, so that a replayed code is still the current one.
MOMENT = "2026-03-02 10:00:05+00:00"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def required(settings):
    settings.STAFF_2FA = "required"
    return settings


@pytest.fixture
def staff_member(django_user_model):
    return django_user_model.objects.create_superuser("marie", "marie@example.org", "pw-marie")


@pytest.fixture
def totp_secret(staff_member):
    secret = pyotp.random_base32()
    MFAKey.objects.create(user=staff_member, method="TOTP", name="Téléphone", secret=secret)
    return secret


def log_in(client, **extra):
    return client.post(
        LOGIN,
        {"username": "marie", "password": "pw-marie"},
        REMOTE_ADDR="203.0.113.7",
        headers={"accept-language": "fr"},
        **extra,
    )


def send_code(client, method, code):
    url = f"/admin/keys/auth/{method}/"
    client.get(url, REMOTE_ADDR="203.0.113.7")
    return client.post(url, {"code": code}, REMOTE_ADDR="203.0.113.7")


def test_a_password_alone_does_not_preview_unpublished_news_or_documents(
    client, required, staff_member
):
    NewsPostFactory(slug_fr="brouillon", title_fr="Un brouillon confidentiel", is_published=False)
    DocumentFactory(slug_fr="rapport-interne", file=pdf_upload(), is_published=False)

    assert log_in(client)["Location"] == "/admin/"

    assert client.get("/fr/actualites/brouillon/").status_code == 404
    assert client.get("/fr/documents/rapport-interne/").status_code == 404


def test_after_the_second_factor_staff_preview_unpublished_news(
    client, required, staff_member, totp_secret
):
    NewsPostFactory(slug_fr="brouillon", title_fr="Un brouillon confidentiel", is_published=False)
    log_in(client)
    send_code(client, "TOTP", pyotp.TOTP(totp_secret).now())

    response = client.get("/fr/actualites/brouillon/")

    assert response.status_code == 200
    assert "Un brouillon confidentiel" in response.content.decode()


def test_after_enrolling_an_authenticator_staff_preview_unpublished_news(
    client, required, staff_member
):
    NewsPostFactory(slug_fr="brouillon", title_fr="Un brouillon confidentiel", is_published=False)
    log_in(client)
    secret = client.get("/admin/keys/create/TOTP/").context["mfa_data"]["secret"]
    client.post("/admin/keys/create/TOTP/", {"name": "Téléphone", "code": pyotp.TOTP(secret).now()})

    assert client.get("/fr/actualites/brouillon/").status_code == 200


def test_enrolling_a_recovery_code_alone_does_not_open_the_admin(client, required, staff_member):
    log_in(client)
    code = client.get("/admin/keys/create/recovery/").context["mfa_data"]["code"]
    client.post("/admin/keys/create/recovery/", {"name": "Papier", "code": code})

    assert MFAKey.objects.get().method == "recovery"
    assert client.get("/admin/")["Location"] == "/admin/keys/"


@pytest.mark.parametrize(
    "digits",
    [
        "０１２３４５６７８９",  # full-width
        "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",  # mathematical bold
        "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡",  # mathematical double-struck
        "𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿",  # mathematical monospace
        "⁰¹²³⁴⁵⁶⁷⁸⁹",  # superscript
    ],
    ids=["full-width", "bold", "double-struck", "monospace", "superscript"],
)
def test_a_used_totp_code_cannot_be_replayed_in_other_unicode_digits(
    client, required, staff_member, totp_secret, digits
):
    with time_machine.travel(MOMENT, tick=False):
        code = pyotp.TOTP(totp_secret).now()
        log_in(client)
        assert send_code(client, "TOTP", code)["Location"] == "/admin/"
        client.logout()

        log_in(client)
        replay = send_code(client, "TOTP", code.translate(str.maketrans("0123456789", digits)))

    assert replay.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_fresh_totp_code_in_full_width_digits_logs_in(
    client, required, staff_member, totp_secret
):
    with time_machine.travel(MOMENT, tick=False):
        code = pyotp.TOTP(totp_secret).now()
        log_in(client)
        response = send_code(
            client, "TOTP", code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        )

    assert response["Location"] == "/admin/"


@pytest.fixture
def under_a_prefix():
    # What WSGIHandler does with SCRIPT_NAME and the test client does not.
    set_script_prefix("/site/")
    yield "/site"
    set_script_prefix("/")


def test_under_a_path_prefix_the_admin_still_asks_for_a_second_factor(
    client, required, staff_member, under_a_prefix
):
    log_in(client, SCRIPT_NAME=under_a_prefix)

    users = client.get("/admin/auth/user/", SCRIPT_NAME=under_a_prefix)

    assert users.status_code == 302
    assert users["Location"] == "/site/admin/keys/"


def test_one_recovery_code_posted_twice_at_once_logs_in_once(
    required, staff_member, totp_secret, monkeypatch
):
    MFAKey.objects.create(
        user=staff_member, method="recovery", name="Papier", secret=make_password("12345-67890")
    )
    first, second = Client(), Client()
    log_in(first)
    log_in(second)
    second.get("/admin/keys/auth/recovery/", REMOTE_ADDR="203.0.113.7")
    verify = MD5PasswordHasher.verify
    racing = []

    def second_request_checks_and_logs_in_meanwhile(hasher, code, encoded):
        matches = verify(hasher, code, encoded)
        if not racing:
            racing.append("second request under way")
            racing.append(
                second.post("/admin/keys/auth/recovery/", {"code": code}, REMOTE_ADDR="203.0.113.7")
            )
        return matches

    monkeypatch.setattr(MD5PasswordHasher, "verify", second_request_checks_and_logs_in_meanwhile)

    outcome = send_code(first, "recovery", "12345-67890")

    assert racing[1]["Location"] == "/admin/keys/"
    assert outcome.status_code == 200
    assert "_auth_user_id" not in first.session
