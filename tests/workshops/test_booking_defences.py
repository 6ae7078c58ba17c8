"""Booking requests get the contact form's defences and a retention limit (#18)."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command

from core.models import OutgoingMail
from tests.factories import BookingRequestFactory
from tests.workshops.test_booking_form import BOOK_FR, NOW, request_data
from workshops.models import BookingRequest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def monday_morning():
    cache.clear()
    with time_machine.travel(NOW, tick=False):
        yield


def test_past_the_limit_a_request_is_refused_with_429_and_the_answers_stay(
    client, workshop, settings
):
    settings.BOOKING_RATE_LIMIT = 2
    for _request in range(2):
        assert client.post(BOOK_FR, request_data()).status_code == 302

    refused = client.post(BOOK_FR, request_data(school="École refusée"))

    assert refused.status_code == 429
    assert refused["Retry-After"] == str(settings.BOOKING_RATE_WINDOW)
    html = refused.content.decode()
    assert "plusieurs demandes en peu de temps" in html
    assert 'value="École refusée"' in html
    assert BookingRequest.objects.count() == 2
    # Another visitor is not held back.
    assert client.post(BOOK_FR, request_data(), REMOTE_ADDR="198.51.100.9").status_code == 302


def test_answered_requests_past_retention_are_purged_and_new_ones_kept(workshop, settings):
    settings.BOOKING_RETENTION_DAYS = 365
    old = NOW - datetime.timedelta(days=400)
    recent = NOW - datetime.timedelta(days=30)
    declined_old = BookingRequestFactory(workshop=workshop, status="declined", created_at=old)
    BookingRequestFactory(workshop=workshop, status="declined", created_at=recent)
    confirmed_old = BookingRequestFactory(
        workshop=workshop,
        status="confirmed",
        created_at=old,
        confirmed_start=old + datetime.timedelta(days=10),
        confirmed_end=old + datetime.timedelta(days=10, hours=3),
    )
    BookingRequestFactory(
        workshop=workshop,
        status="confirmed",
        created_at=old,
        confirmed_start=recent,
        confirmed_end=recent + datetime.timedelta(hours=3),
    )
    BookingRequestFactory(workshop=workshop, status="new", created_at=old)

    call_command("purge_booking_requests", verbosity=0)

    remaining = set(BookingRequest.objects.values_list("pk", flat=True))
    assert declined_old.pk not in remaining and confirmed_old.pk not in remaining
    assert len(remaining) == 3


def test_a_negative_age_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("purge_booking_requests", "--older-than", "-1")


def test_a_robot_filling_the_hidden_field_is_thanked_and_nothing_is_stored(client, workshop):
    response = client.post(BOOK_FR, request_data(website="https://spam.example"))

    assert response.status_code == 302
    assert response.url == "/fr/ateliers/immersion-saint-louis/reserver/merci/"
    assert BookingRequest.objects.count() == 0
    assert OutgoingMail.objects.count() == 0


def test_the_hidden_field_is_on_the_booking_form_for_robots_only(client, workshop):
    html = client.get(BOOK_FR).content.decode()

    assert '<div class="hp" aria-hidden="true">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


def test_a_post_from_another_site_is_refused_and_nothing_is_stored(client, workshop):
    response = client.post(
        BOOK_FR,
        request_data(),
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )

    assert response.status_code == 403
    assert BookingRequest.objects.count() == 0
    assert OutgoingMail.objects.count() == 0
