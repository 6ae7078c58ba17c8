import datetime
import json

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from association.models import Programme
from contact.models import Place
from core.backup import content_models
from core.models import Redirect
from tests.factories import ClosureFactory, OpeningHoursFactory, SectionFactory
from workshops.models import BookableDay

pytestmark = pytest.mark.django_db


def without_date(backup):
    return {key: value for key, value in backup.items() if key != "exported_at"}


def wipe_content():
    for model in reversed(content_models()):
        if model is Programme:
            # Sub-programmes protect their parent: they go first.
            Programme.objects.filter(parent__isnull=False).delete()
        model._base_manager.all().delete()


def test_export_wipe_import_gives_back_the_same_content(seeded, tmp_path, client):
    place = Place.objects.get(seed_key="centre-gaia")
    OpeningHoursFactory(place=place, weekday=5)
    ClosureFactory(place=place, reason_fr="Fermeture d’été", reason_en="Summer closure")
    # Kinds the seed leaves empty, so that every kind is carried: a day opened for bookings.
    BookableDay.objects.create(place=place, day=datetime.date(2027, 2, 23), note="Stage")
    programme = Programme.objects.get(seed_key="paems")
    programme.image.save("paems.png", ContentFile(b"\x89PNG fake image bytes"))
    # The seed makes no staff page, nor any redirect (#23).
    page = SectionFactory().page
    Redirect.objects.create(old_path="/?p=572", target=page, target_language="fr")
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"

    call_command("export_content", str(first))
    wipe_content()
    assert client.get("/fr/programmes/").content.decode().count("PAEMS") == 0
    call_command("import_content", str(first))
    call_command("export_content", str(second))

    before = json.loads(first.read_text())
    after = json.loads(second.read_text())
    for label, records in before["content"].items():
        assert after["content"][label] == records, label
    assert without_date(after) == without_date(before)
    # Every kind the seed fills (the test-only probe model aside) came back.
    assert all(
        records for label, records in before["content"].items() if not label.startswith("probe.")
    )
    assert {"path": programme.image.name, "size": 21} == {
        key: value
        for key, value in next(
            m for m in after["media"] if m["path"] == programme.image.name
        ).items()
        if key in {"path", "size"}
    }
    closure = place.closures.get()
    assert (closure.reason_fr, closure.reason_en) == ("Fermeture d’été", "Summer closure")
    assert place.name_fr in client.get("/fr/contact/").content.decode()
    assert "PAEMS" in client.get("/en/programmes/").content.decode()


def test_the_backup_holds_both_languages_of_every_text(seeded, tmp_path):
    backup = tmp_path / "content.json"

    call_command("export_content", str(backup))

    data = json.loads(backup.read_text())
    paems = next(
        record["fields"]
        for record in data["content"]["association.Programme"]
        if record["fields"]["seed_key"] == "paems"
    )
    assert paems["summary_fr"]
    assert paems["summary_en"]
    assert paems["summary_fr"] != paems["summary_en"]
    assert data["languages"] == ["fr", "en"]
    assert data["content"]["contact.OpeningHours"]


def test_import_restores_a_deleted_record_and_an_edited_one_and_keeps_new_ones(seeded, tmp_path):
    backup = tmp_path / "content.json"
    call_command("export_content", str(backup))
    place = Place.objects.get(seed_key="centre-gaia")
    original_name = place.name_fr
    place.name_fr = "Nom effacé par erreur"
    place.save()
    Closure = place.closures.model
    deleted_hours = list(place.opening_hours.values_list("weekday", "opens", "closes"))
    place.opening_hours.all().delete()
    new_place = Place.objects.create(
        name_fr="Nouveau lieu", name_en="New place", locality="Lille", country="FR"
    )

    call_command("import_content", str(backup))

    place.refresh_from_db()
    assert place.name_fr == original_name
    assert list(place.opening_hours.values_list("weekday", "opens", "closes")) == deleted_hours
    assert Place.objects.filter(pk=new_place.pk).exists()
    assert Closure.objects.count() == 0
    # The id sequence moved past the restored ids: a new record can still be created.
    restored_ids = set(place.opening_hours.values_list("pk", flat=True))
    assert OpeningHoursFactory(place=place).pk > max(restored_ids)


def test_import_lists_media_files_that_are_missing(seeded, tmp_path, capsys):
    programme = Programme.objects.get(seed_key="paems")
    programme.image.save("gone.png", ContentFile(b"bytes"))
    image_name = programme.image.name
    backup = tmp_path / "content.json"
    call_command("export_content", str(backup))
    programme.image.delete(save=False)

    call_command("import_content", str(backup))

    assert f"Media file missing, copy it back: {image_name}" in capsys.readouterr().err


def test_import_refuses_a_file_that_is_not_a_content_backup(db, tmp_path):
    not_a_backup = tmp_path / "other.json"
    not_a_backup.write_text('{"hello": "world"}')
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")

    with pytest.raises(CommandError, match="is not a content backup"):
        call_command("import_content", str(not_a_backup))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_content", str(broken))
