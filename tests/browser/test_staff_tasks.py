"""The receptionist and the communication officer run the site alone, in French (#25).

Each step is what they do in the admin, with no developer at hand; the screenshots taken
on the way are the pictures of the staff guide (`make guide-screenshots` keeps them in
static/guide/; otherwise they go to a temporary folder).
"""

import datetime
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group

from contact.models import Closure, OpeningHours, Place
from core.staff_groups import EDITORS, RECEPTION, apply_staff_groups
from news.models import NewsPost
from support.models import SupportSettings
from tests.browser.crawl import WIDTHS
from tests.factories import BookingRequestFactory
from tests.images import encoded, photo
from workshops.models import BookingRequest, Workshop

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE = Path(django_settings.BASE_DIR) / "static" / "guide"


@pytest.fixture
def pictures(tmp_path):
    folder = GUIDE if os.environ.get("UPDATE_GUIDE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def staff(settings, seeded, django_user_model):
    # The staff log in with a password here; the second factor has its own tests (#18).
    settings.STAFF_2FA = "off"
    # A test before this one may have flushed the groups the migrations made.
    apply_staff_groups()
    users = {}
    for username, group in (("communication", EDITORS), ("accueil", RECEPTION)):
        user = django_user_model.objects.create_user(username, password="mot-de-passe-long")
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


@pytest.fixture
def desk(browser, live_server):
    context = browser.new_context(
        viewport=WIDTHS["desktop"], base_url=live_server.url, locale="fr-FR"
    )
    yield context.new_page()
    context.close()


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "mot-de-passe-long")
    page.locator("#login-form [type=submit]").click()
    page.wait_for_url("**/admin/", timeout=10000)


def success_message(page):
    message = page.locator(".messagelist .success").first
    message.wait_for(state="visible", timeout=10000)
    return message.inner_text()


def test_the_communication_officer_prepares_the_launch_and_publishes_a_post(desk, staff, pictures):
    page = desk
    log_in(page, "communication")
    page.screenshot(path=pictures / "accueil-administration.png", full_page=True)

    # The launch checklist, then two records confirmed from it.
    page.get_by_role("link", name=re.compile(r"^Avant la mise en ligne")).click()
    assert page.get_by_role("heading", name="Avant la mise en ligne").is_visible()
    page.screenshot(path=pictures / "avant-la-mise-en-ligne.png")
    to_confirm = page.locator("#launch-to_confirm input[type=checkbox]")
    before = to_confirm.count()
    to_confirm.nth(0).check()
    to_confirm.nth(1).check()
    page.get_by_role("button", name="Marquer les fiches cochées comme confirmées").click()
    assert "2 fiches confirmées" in success_message(page)
    assert page.locator("#launch-to_confirm input[type=checkbox]").count() == before - 2

    # A draft in French alone.
    page.goto("/admin/news/newspost/add/")
    assert page.get_by_role("heading", name="Ajouter une actualité").is_visible()
    page.fill("#id_title_fr", "Fête de l’eau à Saint-Louis")
    page.fill("#id_summary_fr", "Les écoles fêtent leurs nouveaux points d’eau.")
    page.screenshot(path=pictures / "actualite-brouillon.png")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    assert "Brouillon\u00a0: invisible sur le site." in success_message(page)
    post = NewsPost.objects.get(title_fr="Fête de l’eau à Saint-Louis")
    assert not post.is_published

    # Publishing without the English: the error behind the EN tab is shown and reached.
    page.locator("#id_image").set_input_files(
        files=[{"name": "fete.jpg", "mimeType": "image/jpeg", "buffer": encoded(photo())}]
    )
    page.fill("#id_image_alt_fr", "Des écoliers boivent au nouveau point d’eau")
    page.get_by_role("button", name="Enregistrer et publier").click()
    summary = page.locator(".error-summary")
    summary.wait_for(state="visible", timeout=10000)
    assert summary.locator("a", has_text="Titre [en]").is_visible()
    marked = page.locator(".ui-tabs-nav li.has-error a").first
    assert marked.is_visible()
    page.screenshot(path=pictures / "erreur-onglet-anglais.png")
    summary.locator("a", has_text="Titre [en]").click()
    title_en = page.locator("#id_title_en")
    assert title_en.is_visible()
    assert page.evaluate("document.activeElement.id") == "id_title_en"

    page.fill("#id_title_en", "Water festival in Saint-Louis")
    page.fill("#id_slug_en", "water-festival-saint-louis")
    page.locator("#id_summary_en").scroll_into_view_if_needed()
    page.evaluate("document.querySelector('a[href=\"#tab_id_summary_en\"]').click()")
    page.fill("#id_summary_en", "Schools celebrate their new water points.")
    page.evaluate("document.querySelector('a[href=\"#tab_id_image_alt_en\"]').click()")
    page.fill("#id_image_alt_en", "Pupils drinking at the new water point")
    # A browser never keeps a chosen file across a refused form: it is chosen again.
    page.locator("#id_image").set_input_files(
        files=[{"name": "fete.jpg", "mimeType": "image/jpeg", "buffer": encoded(photo())}]
    )
    page.get_by_role("button", name="Enregistrer et publier").click()
    assert "En ligne\u00a0: visible sur le site." in success_message(page)
    post.refresh_from_db()
    assert post.is_published and post.image
    page.screenshot(path=pictures / "actualite-en-ligne.png")

    # The support page: one form, from the home's settings desk.
    page.goto("/admin/")
    page.locator("#job-settings").get_by_role("link", name="Page « Nous soutenir »").first.click()
    page.fill("#id_giving_url", "https://www.helloasso.com/associations/le-partenariat")
    page.screenshot(path=pictures / "page-nous-soutenir.png")
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    assert "La page «\u00a0Nous soutenir\u00a0» est enregistrée." in success_message(page)
    assert SupportSettings.objects.get().giving_url.startswith("https://www.helloasso.com/")


def next_weekday_at(weekday, hour):
    paris = ZoneInfo("Europe/Paris")
    day = datetime.date.today() + datetime.timedelta(days=14)
    while day.weekday() != weekday:
        day += datetime.timedelta(days=1)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=paris)


def test_the_receptionist_closes_for_a_day_and_answers_a_booking(desk, staff, pictures):
    page = desk
    place = Place.objects.get(seed_key="lille")
    log_in(page, "accueil")

    # A one-day closure and new hours, typed the French way; the English reason forgotten.
    page.goto(f"/admin/contact/place/{place.pk}/change/")
    assert page.get_by_role("heading", name="Modifier le lieu").is_visible()
    page.locator("#opening_hours-group .add-row a").click()
    row = page.locator("#opening_hours-group tr.dynamic-opening_hours").last
    row.locator("select[name$='-weekday']").select_option("5")
    row.locator("input[name$='-opens']").fill("9h30")
    row.locator("input[name$='-closes']").fill("12 h 30")
    page.locator("#closures-group .add-row a").click()
    closure = page.locator("#closures-group tr.dynamic-closures").last
    closure.locator("input[name$='-start_date']").fill("24/12/2026")
    closure.locator("input[name$='-reason_fr']").fill("Réveillon de Noël")
    page.get_by_role("button", name="Enregistrer et continuer les modifications").click()

    summary = page.locator(".error-summary")
    summary.wait_for(state="visible", timeout=10000)
    link = summary.get_by_role("link", name="Fermetures, ligne 1 – Motif [en]")
    assert link.is_visible()
    page.screenshot(path=pictures / "fermeture-erreur-anglais.png")
    field_id = link.get_attribute("data-field")
    link.click()
    reason_en = page.locator(f"#{field_id}")
    assert reason_en.is_visible()
    reason_en.fill("Christmas Eve")
    page.get_by_role("button", name="Enregistrer et continuer les modifications").click()
    success_message(page)
    closure = Closure.objects.get(place=place, reason_fr="Réveillon de Noël")
    assert closure.start_date == closure.end_date == datetime.date(2026, 12, 24)
    assert OpeningHours.objects.filter(
        place=place, weekday=5, opens=datetime.time(9, 30), closes=datetime.time(12, 30)
    ).exists()
    page.screenshot(path=pictures / "fermeture-enregistree.png")

    # A booking request answered: one of the teacher's slots confirmed.
    workshop = Workshop.objects.filter(place__seed_key="gaia").first() or Workshop.objects.first()
    start = next_weekday_at(1, 9)
    booking = BookingRequestFactory(
        workshop=workshop, place=workshop.place, preferred_slots=[start.isoformat()]
    )
    page.goto("/admin/")
    page.locator("#job-reception").get_by_role("link", name="Demandes de réservation").first.click()
    row = page.locator("#result_list tbody tr").filter(has_text="École Jules Ferry").first
    row.locator("th a").first.click()
    page.screenshot(path=pictures / "reservation-a-traiter.png")
    page.locator(".booking-slots button[type=submit]").first.click()
    assert "Confirmé" in success_message(page)
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.CONFIRMED
