"""Staff export confirmed subscribers, see counts, and unconfirmed addresses are purged."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsletter.models import Subscription
from tests.factories import SubscriptionFactory

pytestmark = pytest.mark.django_db


def test_the_csv_export_holds_only_confirmed_subscribers_with_their_consent(staff_client):
    confirmed = SubscriptionFactory(
        email="lu@example.org", language="en", confirmed_at=timezone.now()
    )
    pending = SubscriptionFactory(status=Subscription.Status.PENDING, email="no@example.org")

    response = staff_client.post(
        "/admin/newsletter/subscription/",
        {"action": "export_csv", "_selected_action": [confirmed.pk, pending.pk]},
    )

    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, row = text.splitlines()[:2]
    assert header.startswith("E-mail,Langue,Consentement donné le,Texte du consentement")
    assert row.startswith("lu@example.org,en,")
    assert "J’accepte de recevoir la lettre" in row
    assert "/en/newsletter/unsubscribe/" in row
    assert "no@example.org" not in text


def test_the_dashboard_counts_subscribers_and_addresses_awaiting_confirmation(staff_client):
    SubscriptionFactory.create_batch(2)
    SubscriptionFactory(status=Subscription.Status.PENDING)

    html = staff_client.get("/admin/").content.decode()

    assert "2 abonnés" in html
    assert "1 en attente de confirmation" in html


def test_reception_reads_subscriptions_but_cannot_add_them(client, receptionist):
    client.force_login(receptionist)

    assert client.get("/admin/newsletter/subscription/").status_code == 200
    assert client.get("/admin/newsletter/subscription/add/").status_code == 403


def test_the_purge_deletes_addresses_never_confirmed_after_30_days(settings):
    assert settings.NEWSLETTER_UNCONFIRMED_DAYS == 30
    old = timezone.now() - datetime.timedelta(days=31)
    recent = timezone.now() - datetime.timedelta(days=29)
    SubscriptionFactory(email="old@example.org", status="pending", consented_at=old)
    SubscriptionFactory(email="recent@example.org", status="pending", consented_at=recent)
    SubscriptionFactory(email="reader@example.org", consented_at=old, created_at=old)
    SubscriptionFactory(email="left@example.org", status="unsubscribed", unsubscribed_at=old)
    out = io.StringIO()

    call_command("purge_newsletter_subscriptions", stdout=out)

    assert sorted(Subscription.objects.values_list("email", flat=True)) == [
        "reader@example.org",
        "recent@example.org",
    ]
    assert "2 unconfirmed or unsubscribed address(es) older than 30 days deleted." in (
        out.getvalue()
    )
