"""Rate limits hold whatever else visitors ask for (#21, #22 item 6): their counters live
apart from page copies, and a whole IPv6 /64 counts as one client."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import RequestFactory

from contact.models import ContactMessage
from core.pagecache import page_key
from core.ratelimit import client_key
from tests.contact.posts import contact_post

pytestmark = pytest.mark.django_db


def stored_page(path):
    return cache.get(page_key(RequestFactory().get(path)))


def post_from(client, address):
    return client.post("/fr/contact/", contact_post(), REMOTE_ADDR=address).status_code


@pytest.fixture
def small_page_cache(settings):
    """A page cache that drops half its entries whenever it holds more than ten, as a full
    cache evicts; the counters keep the cache the settings give them."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
            "OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2},
        },
    }
    # Its table exists already unless the suite runs on Redis.
    call_command("createcachetable", verbosity=0)


def test_a_flood_of_made_up_query_strings_stores_no_page_and_leaves_the_contact_limit_intact(
    client, settings, small_page_cache
):
    settings.CONTACT_RATE_LIMIT = 2
    assert [post_from(client, "203.0.113.5") for _post in range(2)] == [302, 302]

    answers = [client.get(f"/fr/?x={number}") for number in range(20)]

    assert {response.status_code for response in answers} == {200}
    assert all("no-cache" in response["Cache-Control"] for response in answers)
    assert [path for path in (f"/fr/?x={n}" for n in range(20)) if stored_page(path)] == []
    assert post_from(client, "203.0.113.5") == 429
    assert ContactMessage.objects.count() == 2


def test_a_page_cache_full_of_real_pages_evicts_no_counter(client, settings, small_page_cache):
    settings.CONTACT_RATE_LIMIT = 2
    assert [post_from(client, "203.0.113.5") for _post in range(2)] == [302, 302]

    # Every page number is a page the cache may keep: twenty of them overflow it.
    for number in range(20):
        client.get(f"/fr/actualites/?page={number}")

    assert post_from(client, "203.0.113.5") == 429
    assert ContactMessage.objects.count() == 2


def test_query_parameters_a_page_reads_are_still_cached(client):
    client.get("/fr/actualites/?page=1")
    client.get("/fr/")

    assert stored_page("/fr/actualites/?page=1") is not None
    assert stored_page("/fr/") is not None
    assert stored_page("/fr/actualites/?page=1&utm_source=x") is None


def test_two_addresses_of_one_ipv6_64_share_a_limit(client, settings):
    settings.CONTACT_RATE_LIMIT = 1

    assert post_from(client, "2001:db8:1:2::1") == 302
    assert post_from(client, "2001:db8:1:2:ffff:ffff:ffff:9") == 429
    # The next /64 is another customer.
    assert post_from(client, "2001:db8:1:3::1") == 302


def test_ipv4_clients_are_still_counted_one_address_each(client, settings):
    settings.CONTACT_RATE_LIMIT = 1

    assert post_from(client, "192.0.2.1") == 302
    assert post_from(client, "192.0.2.2") == 302
    assert post_from(client, "192.0.2.1") == 429
    # The same IPv4 client seen through a dual-stack socket.
    assert post_from(client, "::ffff:192.0.2.2") == 429


def test_what_a_client_is_counted_by():
    assert client_key("2001:db8:1:2:3:4:5:6") == "2001:db8:1:2::/64"
    assert client_key("2001:DB8:1:2::") == "2001:db8:1:2::/64"
    assert client_key("198.51.100.7") == "198.51.100.7"
    assert client_key("::ffff:198.51.100.7") == "198.51.100.7"
    assert client_key("") == ""
