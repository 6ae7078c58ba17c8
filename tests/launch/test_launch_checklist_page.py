"""The launch checklist in the admin: what `launch_check` prints, for staff (#25)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from documents.models import Document
from tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db


def command_report():
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("launch_check", "--json", stdout=out)
    return json.loads(out.getvalue())


def test_the_page_and_the_home_give_the_command_s_count(staff_client, seeded):
    data = command_report()

    page = staff_client.get("/admin/launch/").content.decode()
    home = staff_client.get("/admin/").content.decode()

    count = data["count"]
    assert count > 10
    assert f"{count} points à régler avant la mise en ligne du site." in page
    assert f"Avant la mise en ligne\u00a0: {count} points à régler" in home
    for group in data["groups"]:
        assert f"{group['title']} ({len(group['items'])})" in page


def test_the_host_s_settings_are_apart_from_what_staff_fix(staff_client, seeded, settings):
    settings.SITE_URL = "https://example.org"
    settings.LAUNCH_PLACEHOLDERS = {"SITE_URL": "https://example.org"}

    page = staff_client.get("/admin/launch/").content.decode()

    staff_part, host_part = page.split("Ce que l’hébergeur doit régler")
    assert "Ce que vous pouvez régler vous-mêmes" in staff_part
    assert "<code>SITE_URL</code>" in host_part
    assert "SITE_URL" not in staff_part


def test_documents_still_without_their_file_are_listed(staff_client, seeded):
    missing = Document.objects.filter(file="")
    assert missing.count() >= 5

    page = staff_client.get("/admin/launch/").content.decode()

    section = page.split('id="launch-missing"')[1].split("</form>")[0]
    for document in missing:
        assert str(document).replace("'", "&#x27;") in section
    assert "Pas encore de fichier PDF" in section


def test_staff_confirm_ticked_records_from_the_checklist(staff_client, db):
    place = PlaceFactory(to_confirm=True)

    response = staff_client.post(
        "/admin/launch/", {"record": [f"contact.place:{place.pk}"]}, follow=True
    )

    assert "1 fiche confirmée" in response.content.decode()
    place.refresh_from_db()
    assert not place.to_confirm


def test_each_record_to_confirm_says_what_to_check(staff_client, seeded):
    page = staff_client.get("/admin/launch/").content.decode()

    section = page.split('id="launch-to_confirm"')[1].split("</form>")[0]
    assert "adresse e-mail devinée\u00a0: vérifier qu’elle existe." in section
    assert "Adresse du compte devinée\u00a0: vérifier qu’elle mène bien" in section


def test_the_to_confirm_column_warns_about_what_is_left_to_check(staff_client, db):
    PlaceFactory(name_fr="Lieu à vérifier", to_confirm=True)
    PlaceFactory(name_fr="Lieu vérifié", to_confirm=False)

    html = staff_client.get("/admin/contact/place/").content.decode()

    rows = html.split("<tr")
    checked = next(row for row in rows if "Lieu vérifié" in row)
    unchecked = next(row for row in rows if "Lieu à vérifier" in row)
    assert '<span class="to-check">⚠ à vérifier</span>' in unchecked
    assert "to-check" not in checked
    assert "icon-yes.svg" not in unchecked
