"""Addresses are compared as mail servers deliver them, and nobody is mailed at will (#22)."""

import pytest
from django.core.cache import cache

from newsletter.models import Subscription
from tests.outbox import send_outbox

pytestmark = pytest.mark.django_db

INVALID = "Saisissez une adresse e-mail, par exemple camille@exemple.fr."


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email):
    return client.post("/fr/lettre/", {"email": email, "website": ""})


def test_a_full_width_address_is_the_same_subscriber(client, mailoutbox):
    Subscription.objects.create(
        email="rl1@example.org", status=Subscription.Status.CONFIRMED, language="fr"
    )

    response = sign_up(client, "rl1@ＥＸＡＭＰＬＥ.org")

    assert response.status_code == 302
    assert list(Subscription.objects.values_list("email", flat=True)) == ["rl1@example.org"]
    assert mailoutbox == []


@pytest.mark.parametrize("email", ["a@localhost", "a@[127.0.0.1]", "a@[IPv6:::1]"])
def test_an_address_without_a_public_domain_is_refused(client, mailoutbox, email):
    response = sign_up(client, email)

    assert response.status_code == 200
    assert INVALID in response.content.decode()
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_an_address_that_grows_past_the_limit_in_lowercase_is_refused(client, mailoutbox):
    # 137 characters; "İ" lowercases to two, so the stored address would be 261.
    email = "camille@" + "İ" * 62 + "." + "İ" * 62 + ".org"
    assert len(email) == 137

    response = sign_up(client, email)

    assert response.status_code == 200
    assert INVALID in response.content.decode()
    assert not Subscription.objects.exists()


def test_a_pending_address_is_mailed_at_most_three_times_a_day(client, mailoutbox):
    for _attempt in range(5):
        assert sign_up(client, "awa@example.org").status_code == 302
        send_outbox()

    assert len(mailoutbox) == 3
    assert Subscription.objects.get().status == Subscription.Status.PENDING
