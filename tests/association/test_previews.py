"""Staff preview unpublished content on the public layout; the public gets a 404 (#8)."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import ProgrammeFactory, TimelineEventFactory

pytestmark = pytest.mark.django_db


def test_staff_see_an_unpublished_programme_under_a_preview_banner(staff_client):
    programme = ProgrammeFactory(name_fr="Projet en préparation", is_published=False)

    response = staff_client.get(f"/fr/programmes/{programme.slug_fr}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Aperçu — non publié" in html
    assert "Projet en préparation" in html
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_the_public_gets_a_404_for_an_unpublished_programme(client):
    programme = ProgrammeFactory(is_published=False)

    assert client.get(f"/fr/programmes/{programme.slug_fr}/").status_code == 404


def test_staff_without_the_right_to_see_programmes_get_a_404(client, receptionist):
    programme = ProgrammeFactory(is_published=False)
    client.force_login(receptionist)

    assert client.get(f"/fr/programmes/{programme.slug_fr}/").status_code == 404


def test_a_published_programme_has_no_banner_even_for_staff(staff_client):
    programme = ProgrammeFactory()

    html = staff_client.get(f"/fr/programmes/{programme.slug_fr}/").content.decode()

    assert "Aperçu — non publié" not in html


def test_a_programme_scheduled_for_later_is_previewed(staff_client):
    programme = ProgrammeFactory(publish_from=timezone.now() + datetime.timedelta(days=3))

    assert "Aperçu — non publié" in staff_client.get(programme.get_absolute_url()).content.decode()
    assert Client().get(programme.get_absolute_url()).status_code == 404


def test_staff_preview_an_unpublished_event_within_the_history(staff_client):
    TimelineEventFactory(title_fr="Étape publiée", year=1990)
    event = TimelineEventFactory(title_fr="Étape en préparation", is_published=False)

    response = staff_client.get(f"/fr/histoire/apercu/{event.pk}/")

    html = response.content.decode()
    assert "Aperçu — non publié" in html
    assert "Étape en préparation" in html
    assert "Étape publiée" in html
    public = Client()
    assert public.get(f"/fr/histoire/apercu/{event.pk}/").status_code == 404
    assert "Étape en préparation" not in public.get("/fr/histoire/").content.decode()


def test_the_admin_form_links_to_the_preview_of_an_unpublished_event(staff_client):
    event = TimelineEventFactory(is_published=False)

    html = staff_client.get(
        reverse("admin:timeline_timelineevent_change", args=[event.pk])
    ).content.decode()

    assert "Voir sur le site" in html
    assert f'href="/fr/histoire/apercu/{event.pk}/"' in html


def test_the_admin_form_of_a_published_programme_links_to_its_page(staff_client):
    programme = ProgrammeFactory()

    response = staff_client.get(reverse("admin:association_programme_change", args=[programme.pk]))
    html = response.content.decode()
    link = reverse("admin:view_on_site", args=[response.context["content_type_id"], programme.pk])

    assert "Voir sur le site" in html
    assert staff_client.get(link).url.endswith(f"/fr/programmes/{programme.slug_fr}/")


@pytest.mark.parametrize(
    "add_url", ["admin:association_programme_add", "admin:timeline_timelineevent_add"]
)
def test_new_programmes_and_events_start_hidden_so_staff_preview_them_first(staff_client, add_url):
    html = staff_client.get(reverse(add_url)).content.decode()

    name = html.index('name="is_published"')
    checkbox = html[html.rindex("<input", 0, name) : html.index(">", name)]
    assert 'id="id_is_published"' in checkbox
    assert "checked" not in checkbox


def test_a_published_programme_page_does_not_depend_on_who_reads_it(client, db):
    # Reading the session to decide on a preview would add "Vary: Cookie" to every
    # programme page, and the page cache keeps no page that varies (#6).
    programme = ProgrammeFactory()

    response = client.get(programme.get_absolute_url())

    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
