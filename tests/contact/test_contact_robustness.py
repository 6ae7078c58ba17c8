"""The contact form under hostile input, a database outage and a burst of posts (#7)."""

import http.cookiejar
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import psycopg
import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from contact.models import ContactMessage
from tests.app_server import BASE_DIR, app_server
from tests.contact.posts import contact_post

SUBJECTS = [choice for choice, _label in ContactMessage.Subject.choices]


@pytest.fixture
def no_rate_limit(settings):
    settings.CONTACT_RATE_LIMIT = 1_000_000
    cache.clear()
    yield
    cache.clear()


# Anything a browser, a robot or an attacker may put in a field: text of any kind (control
# characters, CRLF, markup, very long), or a field missing altogether.
any_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            "a\r\nBcc: victim@example.org",
            "<script>alert(1)</script>",
            "x" * 6000,
            "\x00",
            "jane@example.org",
            "on",
            "general",
        ]
    ),
)
form_data = st.fixed_dictionaries(
    {},
    optional={
        "name": any_text,
        "email": any_text,
        "subject": st.one_of(st.sampled_from(SUBJECTS), any_text),
        "message": any_text,
        "consent": st.one_of(st.just("on"), any_text),
        "website": st.one_of(st.just(""), any_text),
        "token": st.one_of(st.uuids().map(str), any_text),
    },
)


@pytest.mark.django_db
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=form_data, language=st.sampled_from(["fr", "en"]))
# The same valid form twice, in two examples: each is stored in its own, empty, table.
@example(data=contact_post(token="00000000-0000-4000-8000-000000000001"), language="fr")
@example(data=contact_post(token="00000000-0000-4000-8000-000000000001"), language="en")
def test_whatever_is_posted_the_form_answers_clearly_and_stores_at_most_one_message(
    client, no_rate_limit, data, language
):
    # Each example starts from an empty table and leaves it so: a token drawn twice must not
    # find the message of an earlier example (#21).
    with transaction.atomic():
        response = client.post(f"/{language}/contact/", data)
        stored = list(ContactMessage.objects.all())
        transaction.set_rollback(True)

    assert response.status_code in {200, 302}, response.status_code
    if response.status_code == 200:
        # Refused: the form comes back with its errors, and nothing was stored.
        assert stored == []
        assert 'aria-invalid="true"' in response.content.decode() or not data
    elif data.get("website"):
        assert stored == []
    else:
        [message] = stored
        assert "\n" not in message.name
        assert "\r" not in message.email


def post_form(opener, url, data):
    """Post the contact form as a browser does: from the page, saying where it comes from."""
    opener.open(url, timeout=30).read()
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(data).encode(),
        headers={"Origin": origin(url), "Sec-Fetch-Site": "same-origin", "Referer": url},
    )
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.url
    except urllib.error.HTTPError as error:
        return error.code, url


def origin(url):
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.slow
@pytest.mark.postgres
def test_no_accepted_message_is_lost_while_postgresql_goes_down_and_comes_back(
    throwaway_postgres,
):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))},
        "DATABASE_URL": throwaway_postgres.url,
        "DJANGO_SECRET_KEY": "outage-test",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=BASE_DIR, env=env, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    browser = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
    )
    sent = {}

    with app_server(throwaway_postgres.url, CONTACT_RATE_LIMIT="100") as site:
        url = f"{site}/fr/contact/"
        before = contact_post(message="Avant la panne.")
        sent["before"] = (before, post_form(browser, url, before))

        browser.open(url, timeout=30).read()
        throwaway_postgres.stop()
        during = contact_post(message="Pendant la panne.")
        body = urllib.parse.urlencode(during).encode()
        headers = {"Origin": origin(url), "Sec-Fetch-Site": "same-origin", "Referer": url}
        try:
            status = browser.open(
                urllib.request.Request(url, data=body, headers=headers), timeout=30
            ).status
        except urllib.error.HTTPError as error:
            status = error.code
        sent["during"] = (during, (status, url))
        throwaway_postgres.start()

        after = contact_post(message="Après la panne.")
        sent["after"] = (after, post_form(browser, url, after))

    with psycopg.connect(throwaway_postgres.url.replace("postgres://", "postgresql://")) as db:
        stored = [row[0] for row in db.execute("SELECT token::text FROM contact_contactmessage")]

    assert sent["before"][1][0] == 302
    assert sent["after"][1][0] == 302
    # While the database is down the visitor is told it failed, never thanked.
    assert sent["during"][1][0] == 500
    for data, (status, _url) in sent.values():
        assert stored.count(data["token"]) == (1 if status == 302 else 0), data["message"]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("fresh_rate_limits")
def test_fifty_concurrent_posts_are_each_stored_once_or_clearly_refused(settings):
    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writers need PostgreSQL; SQLite's test database is one lock.")
    settings.CONTACT_RATE_LIMIT = 20
    settings.CONTACT_RECIPIENTS = ["accueil@lepartenariat.org"]
    cache.clear()
    barrier = threading.Barrier(50)
    answers = {}

    def visitor(number):
        data = contact_post(name=f"Visiteur {number}", message=f"Message numéro {number}.")
        client = Client(REMOTE_ADDR="203.0.113.50")
        barrier.wait()
        try:
            response = client.post("/fr/contact/", data)
            answers[data["token"]] = (response.status_code, response.content.decode())
        finally:
            connection.close()

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cache.clear()

    stored = list(ContactMessage.objects.values_list("token", flat=True))
    accepted = [token for token, (status, _html) in answers.items() if status == 302]
    refused = [html for status, html in answers.values() if status == 429]
    assert len(answers) == 50
    assert len(accepted) == 20
    assert len(refused) == 30
    assert sorted(str(token) for token in stored) == sorted(accepted)
    for html in refused:
        # Clearly refused, in the page's language, with the visitor's text kept.
        assert "Vous avez envoyé plusieurs messages en peu de temps" in html
        assert "Message numéro" in html
