"""The privacy notice says what a video loads once played (#23), also where it was seeded
before."""

import importlib

import pytest

from association.models import Page as PageText
from core.seeding import correct_seeded_texts

pytestmark = pytest.mark.django_db

migration = importlib.import_module("pages.migrations.0002_privacy_notice_tells_about_videos")


def test_the_seeded_notice_explains_what_playing_a_video_loads(seeded, client):
    html = client.get("/en/privacy/").content.decode()

    assert "<h2>Videos</h2>" in html
    assert "Only if you press “Play the video” is the platform’s player loaded" in html


def test_a_notice_seeded_before_is_corrected_and_an_edited_one_kept():
    old_fr, new_fr = migration.CHANGES["privacy"]["body_fr"]
    old_en, _new_en = migration.CHANGES["privacy"]["body_en"]
    notice = PageText.objects.create(
        key="privacy", seed_key="privacy", title="Confidentialité", body_fr=old_fr, body_en=old_en
    )
    notice.body_en = "<p>Edited by staff.</p>"
    notice.save()

    correct_seeded_texts(PageText, migration.CHANGES)

    notice.refresh_from_db()
    assert notice.body_fr == new_fr
    assert notice.body_en == "<p>Edited by staff.</p>"
