"""iPhone photos (HEIC) are accepted and converted like any photo (#16)."""

import io

import pytest
from django.urls import reverse
from PIL import ExifTags, Image

from tests.factories import TimelineEventFactory
from tests.images import GPS_LILLE, photo, upload

pytestmark = pytest.mark.django_db


def iphone_photo_bytes(size=(1200, 900)):
    """A HEIC as an iPhone writes it: with a GPS position and the maker in its EXIF."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS_LILLE)
    buffer = io.BytesIO()
    photo(size).save(buffer, "HEIF", exif=exif.tobytes(), quality=90)
    return buffer.getvalue()


def test_an_iphone_photo_is_stored_as_jpeg_without_metadata_and_with_renditions(staff_client):
    event = TimelineEventFactory()
    heic = iphone_photo_bytes()
    assert heic[4:12] == b"ftypheic"

    response = staff_client.post(
        reverse("admin:timeline_timelineevent_change", args=[event.pk]),
        {
            "year": 2012,
            "title_fr": "Lancement du PAEMS",
            "title_en": "PAEMS begins",
            "body_fr": "<p>Un point d’eau.</p>",
            "body_en": "<p>A water point.</p>",
            "image_alt_fr": "Des élèves au point d’eau",
            "image_alt_en": "Pupils at the water point",
            "order": 0,
            "is_published": "on",
            "image": upload("IMG_0042.HEIC", heic, "image/heic"),
        },
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.image.name.endswith(".jpg")
    with event.image.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "JPEG"
        assert image.size == (1200, 900)
        assert not image.getexif()
    assert b"PhoneMaker" not in event.image.storage.open(event.image.name).read()
    assert [item["width"] for item in event.image_renditions["webp"]] == [480, 800, 1200]


def test_the_upload_field_offers_heic_photos(staff_client):
    html = staff_client.get(reverse("admin:timeline_timelineevent_add")).content.decode()

    assert "image/heic" in html
