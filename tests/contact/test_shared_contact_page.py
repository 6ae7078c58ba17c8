"""One copy of the contact page, form included, serves every visitor until it changes (#6)."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from contact.models import ContactMessage
from tests.factories import OpeningHoursFactory, PlaceFactory
from tests.outbox import send_outbox

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture(autouse=True)
def empty_cache():
    # Cached pages and rate-limit counts outlive a test's database transaction.
    cache.clear()
    yield
    cache.clear()


def content_queries(path):
    """The page, as a new visitor gets it, and the queries it made on the site's content."""
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(path)
    return response, [q["sql"] for q in queries if "django_cache" not in q["sql"]]


def form_token(response):
    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize("path", ["/fr/contact/", "/en/contact/"])
def test_the_contact_page_sets_no_cookie_and_may_be_shared(client, seeded, path):
    response = client.get(path)

    assert response.status_code == 200
    assert response.cookies == {}
    assert client.cookies == {}
    assert not response.has_header("Vary")
    assert "public" in response["Cache-Control"]
    assert "s-maxage=" in response["Cache-Control"]
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_a_second_visitor_gets_the_contact_page_without_it_being_rendered_again(seeded):
    first, first_queries = content_queries("/fr/contact/")
    again, again_queries = content_queries("/fr/contact/")

    assert first_queries
    assert again_queries == []
    assert again.content == first.content


def test_two_visitors_given_one_cached_form_both_have_their_message_kept(seeded):
    alice, bob = Client(), Client()
    alice_token = form_token(alice.get("/en/contact/"))
    bob_token = form_token(bob.get("/en/contact/"))
    assert alice_token == bob_token

    for visitor, name in ((alice, "Alice"), (bob, "Bob")):
        visitor.post(
            "/en/contact/",
            {
                "name": name,
                "email": f"{name.lower()}@example.org",
                "subject": "general",
                "message": f"Hello from {name}.",
                "consent": "on",
                "token": alice_token,
            },
            headers={"Sec-Fetch-Site": "same-origin"},
        )

    assert sorted(ContactMessage.objects.values_list("name", flat=True)) == ["Alice", "Bob"]
    send_outbox()
    assert len(mail.outbox) == 2


def test_the_cached_page_is_replaced_when_the_place_closes():
    # Open on Tuesdays 09:00–12:30, Paris time.
    OpeningHoursFactory(place=PlaceFactory(name_en="Centre Gaïa"))
    before_closing = datetime.datetime(2027, 3, 2, 12, 29, 50, tzinfo=PARIS)

    with time_machine.travel(before_closing, tick=False) as clock:
        first, _queries = content_queries("/en/contact/")
        clock.shift(datetime.timedelta(seconds=9))
        kept, kept_queries = content_queries("/en/contact/")
        clock.shift(datetime.timedelta(seconds=1))
        # Rendered again, from the places every page shares (#21): the status is new.
        closed, _queries = content_queries("/en/contact/")

    assert "Open now — closes at 12:30" in first.content.decode()
    assert kept_queries == []
    assert kept.content == first.content
    assert "Closed — opens on Tuesday 9 March at 09:00" in closed.content.decode()
