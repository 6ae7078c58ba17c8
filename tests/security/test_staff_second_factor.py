"""A second factor for every staff account (#18): TOTP, passkeys and recovery codes."""

import datetime
import json
import re
from urllib.parse import urlsplit

import pyotp
import pytest
import time_machine
from django.contrib.auth.hashers import make_password
from mfa.models import MFAKey

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


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


def log_in(client, password="pw-marie", address="203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": "marie", "password": password},
        REMOTE_ADDR=address,
        headers={"accept-language": "fr"},
    )


def send_code(client, method, code, address="203.0.113.7"):
    url = f"/admin/keys/auth/{method}/"
    client.get(url, REMOTE_ADDR=address)
    return client.post(url, {"code": code}, REMOTE_ADDR=address)


def test_a_staff_member_without_a_second_factor_must_enrol_before_any_admin_page(
    client, required, staff_member
):
    assert log_in(client)["Location"] == "/admin/"

    for page in ("/admin/", "/admin/association/programme/", "/admin/to-confirm/"):
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"] == "/admin/keys/"
    enrolment = client.get("/admin/keys/").content.decode()
    assert "Ajouter une clé d’accès" in enrolment
    assert "Ajouter une application d’authentification" in enrolment


def test_enrolling_an_authenticator_app_opens_the_admin(client, required, staff_member):
    log_in(client)
    page = client.get("/admin/keys/create/TOTP/")
    secret = page.context["mfa_data"]["secret"]
    assert "<svg" in page.content.decode()

    wrong = client.post("/admin/keys/create/TOTP/", {"name": "Téléphone", "code": "000000"})
    assert not MFAKey.objects.exists()
    assert "Le code n’a pas été accepté" in wrong.content.decode()

    client.post("/admin/keys/create/TOTP/", {"name": "Téléphone", "code": pyotp.TOTP(secret).now()})

    assert MFAKey.objects.get().method == "TOTP"
    assert client.get("/admin/").status_code == 200


def test_the_passkey_enrolment_page_asks_the_browser_for_a_passkey_of_this_site(
    client, required, staff_member, settings
):
    log_in(client)

    html = client.get("/admin/keys/create/FIDO2/").content.decode()

    options = json.loads(
        re.search(r'data-fido2-create="([^"]*)"', html).group(1).replace("&quot;", '"')
    )
    # MFA_DOMAIN defaults to the host of SITE_URL.
    assert options["publicKey"]["rp"]["id"] == urlsplit(settings.SITE_URL).hostname
    assert 'src="/static/mfa/fido2.js"' in html


def test_with_a_second_factor_the_password_alone_does_not_log_in(
    client, required, staff_member, totp_secret
):
    response = log_in(client)

    assert response["Location"] == "/admin/keys/auth/TOTP/"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_a_valid_totp_code_logs_in_once(client, required, staff_member, totp_secret):
    log_in(client)
    code = pyotp.TOTP(totp_secret).now()

    response = send_code(client, "TOTP", code)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.session["_auth_user_id"] == str(staff_member.pk)
    assert client.get("/admin/").status_code == 200

    # The same code cannot be replayed.
    client.logout()
    log_in(client)
    assert send_code(client, "TOTP", code).status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_recovery_code_works_once(client, required, staff_member, totp_secret):
    MFAKey.objects.create(
        user=staff_member, method="recovery", name="Papier", secret=make_password("12345-67890")
    )

    log_in(client)
    first = send_code(client, "recovery", "12345-67890")
    assert first["Location"] == "/admin/keys/"
    assert client.session["_auth_user_id"] == str(staff_member.pk)
    assert not MFAKey.objects.filter(method="recovery").exists()

    client.logout()
    log_in(client)
    again = send_code(client, "recovery", "12345-67890")
    assert again.status_code == 200
    assert "_auth_user_id" not in client.session


def test_wrong_codes_lock_the_address_out_even_with_the_right_code_then(
    client, required, staff_member, totp_secret
):
    log_in(client)
    responses = [send_code(client, "TOTP", "000000") for _attempt in range(5)]

    right = send_code(client, "TOTP", pyotp.TOTP(totp_secret).now())

    assert [r.status_code for r in responses[:4]] == [200] * 4
    assert responses[4].status_code == 429
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    # The password step is locked too.
    assert log_in(client).status_code == 429


def test_when_off_the_password_alone_opens_the_admin(client, settings, staff_member, totp_secret):
    settings.STAFF_2FA = "off"

    response = log_in(client)

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_an_unknown_setting_is_refused():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "import lepartenariat.settings"],
        env={"DJANGO_STAFF_2FA": "maybe", "PATH": "/usr/bin"},
        capture_output=True,
        text=True,
    )

    assert "DJANGO_STAFF_2FA" in result.stderr


def test_public_pages_stay_shareable_when_the_second_factor_is_required(client, required):
    response = client.get("/fr/")

    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")


# 10:00:00 UTC starts a 30-second step of the authenticator's clock (its epoch is a multiple of 30).
STEP = datetime.datetime(2027, 3, 2, 10, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("code_time", "sent_at", "accepted"),
    [
        # The code shown at 10:00:00 works until 10:00:29.999999, not at 10:00:30.
        (STEP, STEP + datetime.timedelta(seconds=29, microseconds=999999), True),
        (STEP, STEP + datetime.timedelta(seconds=30), False),
        # The code of the step before is no longer valid at 10:00:00 (no tolerance window).
        (STEP - datetime.timedelta(microseconds=1), STEP, False),
    ],
)
def test_a_totp_code_works_within_its_own_30_second_step_only(
    client, required, staff_member, totp_secret, code_time, sent_at, accepted
):
    code = pyotp.TOTP(totp_secret).at(code_time)

    with time_machine.travel(sent_at, tick=False):
        log_in(client)
        response = send_code(client, "TOTP", code)

    assert ("_auth_user_id" in client.session) is accepted
    assert response.status_code == (302 if accepted else 200)
