"""Admin pages name the site's icon, so that browsers do not ask for a missing one (#21)."""

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

pytestmark = pytest.mark.django_db

ICON = '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">'


def test_the_login_page_links_the_site_icon():
    page = Client().get("/admin/login/")

    assert page.status_code == 200
    assert ICON in page.content.decode()
    assert finders.find("img/favicon.svg")


def test_the_admin_index_links_the_site_icon_and_keeps_its_header(staff_client):
    page = staff_client.get("/admin/")

    assert ICON in page.content.decode()
    assert "Le Partenariat – administration" in page.content.decode()
