"""The staff guide lives in the admin, in French, one page per job (#25)."""

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from lepartenariat.admin_guide import PAGES

pytestmark = pytest.mark.django_db


def test_every_guide_page_opens_in_french_with_pictures_that_exist(client, editor):
    client.force_login(editor)

    for page in PAGES:
        response = client.get(reverse("admin_guide_page", args=[page.slug]))

        html = response.content.decode()
        assert response.status_code == 200
        assert f"<h1>{page.title}</h1>" in html
        for picture in html.split('src="/static/')[1:]:
            assert finders.find(picture.split('"')[0]), picture


def test_a_form_s_header_links_to_the_guide_page_of_its_job(staff_client):
    html = staff_client.get(reverse("admin:news_newspost_add")).content.decode()

    link = reverse("admin_guide_page", args=["ecrire-une-actualite"])
    assert f'<a href="{link}">Aide\u00a0: Écrire une actualité</a>' in html


def test_the_admin_home_links_to_the_guide(staff_client):
    html = staff_client.get(reverse("admin:index")).content.decode()

    assert f'<a href="{reverse("admin_guide")}">Guide de l’équipe' in html


def test_the_guide_is_for_staff_only(client):
    response = client.get(reverse("admin_guide"))

    assert response.status_code == 302
