"""Two app servers sharing one PostgreSQL database and one Redis behave as one site."""

import contextlib
import os
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from http.cookiejar import CookieJar

import pytest
from django.conf import settings
from django.db import connection

from tests.app_server import app_server
from tests.factories import TimelineEventFactory


def needs_postgresql_and_redis():
    if connection.vendor != "postgresql":
        return "needs PostgreSQL shared by both app servers: set DATABASE_URL=postgres://…"
    if not os.environ.get("REDIS_URL"):
        return "needs Redis shared by both app servers: set REDIS_URL=redis://…"
    return ""


pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(bool(needs_postgresql_and_redis()), reason=needs_postgresql_and_redis()),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def two_app_servers():
    database = connection.settings_dict
    database_url = (
        f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    )
    with contextlib.ExitStack() as servers:
        yield [
            servers.enter_context(
                app_server(
                    database_url,
                    workers=2,
                    DJANGO_SECRET_KEY=settings.SECRET_KEY,
                    # The edit is made by a staff member logged in with a password: the second
                    # factor has its own tests (tests/security/test_staff_second_factor.py).
                    DJANGO_STAFF_2FA="off",
                )
            )
            for _server in range(2)
        ]


class FormReader(HTMLParser):
    """The fields a browser would send with the page's main form, as it shows them."""

    def __init__(self):
        super().__init__()
        self.fields = {}
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("file", "submit"):
            if attrs.get("type") != "checkbox" or "checked" in attrs:
                self.fields[name] = attrs.get("value") or ("on" if "checked" in attrs else "")
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields[self.select] = attrs.get("value", "")
        elif tag == "textarea":
            self.textarea = name
            self.fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def form_fields(html):
    reader = FormReader()
    reader.feed(html)
    return reader.fields


class Browser:
    """One visitor: one cookie jar, whichever app server answers."""

    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def get(self, url):
        with self.opener.open(url, timeout=30) as response:
            return response.url, response.read().decode()

    def post(self, url, fields):
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(url, data=data, timeout=30) as response:
            return response.url, response.read().decode()


def test_an_edit_saved_through_one_server_is_served_fresh_by_the_other(
    two_app_servers, django_user_model
):
    first, second = two_app_servers
    django_user_model.objects.create_superuser("admin", "admin@example.org", "a-long-pw-2026")
    event = TimelineEventFactory(year=1981, title_fr="Jumelage Lille–Saint-Louis")
    visitor = Browser()
    assert "Jumelage Lille–Saint-Louis" in visitor.get(f"{second}/fr/histoire/")[1]
    assert "Jumelage Lille–Saint-Louis" in visitor.get(f"{second}/fr/histoire/")[1]

    staff = Browser()
    _url, login_page = staff.get(f"{first}/admin/login/")
    # The CSRF token and cookie from the first server are accepted by the second.
    landed, _html = staff.post(
        f"{second}/admin/login/?next=/admin/",
        {**form_fields(login_page), "username": "admin", "password": "a-long-pw-2026"},
    )
    assert landed == f"{second}/admin/"
    # The session opened on the second server is known to the first.
    change_url = f"{first}/admin/timeline/timelineevent/{event.pk}/change/"
    _url, change_page = staff.get(change_url)
    fields = form_fields(change_page)
    assert fields["title_fr"] == "Jumelage Lille–Saint-Louis"
    saved, _html = staff.post(change_url, {**fields, "title_fr": "Jumelage renouvelé"})
    assert saved == f"{first}/admin/timeline/timelineevent/"

    html = visitor.get(f"{second}/fr/histoire/")[1]
    assert "Jumelage renouvelé" in html
    assert "Jumelage Lille–Saint-Louis" not in html
