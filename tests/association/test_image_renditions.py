"""Each image is shown through renditions made once at save, read back here with Pillow."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from PIL import Image

from tests.factories import PartnerFactory, PlaceFactory, ProgrammeFactory, TimelineEventFactory
from tests.images import encoded, phone_photo_bytes, photo

pytestmark = pytest.mark.django_db


def illustrated_programme(**overrides):
    return ProgrammeFactory(
        image=ContentFile(phone_photo_bytes((2400, 1800)), name="point-d-eau.jpg"),
        image_alt_fr="Des élèves boivent au point d’eau de leur école",
        image_alt_en="Pupils drinking at their school's water point",
        image_caption_fr="Le point d’eau d’une école de Podor",
        image_caption_en="The water point of a school in Podor",
        **overrides,
    )


def read_back(name):
    with default_storage.open(name, "rb") as stored, Image.open(stored) as image:
        return image.format, image.size, dict(image.getexif())


def test_each_rendition_has_its_announced_width_and_format():
    programme = illustrated_programme()
    renditions = programme.image_renditions

    # The phone photo stands upright: 1800 wide, 2400 high.
    assert (renditions["width"], renditions["height"]) == (1800, 2400)
    assert [item["width"] for item in renditions["webp"]] == [480, 800, 1200, 1600]
    assert [item["width"] for item in renditions["fallback"]] == [480, 800, 1200, 1600]
    for key, expected_format in (("webp", "WEBP"), ("fallback", "JPEG")):
        for item in renditions[key]:
            image_format, (width, height), exif = read_back(item["name"])
            assert image_format == expected_format
            assert width == item["width"]
            assert height == round(2400 * width / 1800)
            assert exif == {}


def test_a_small_logo_keeps_its_width_and_its_transparency_in_png():
    transparent = Image.new("RGBA", (200, 80), (0, 0, 0, 0))
    transparent.paste((0, 90, 160, 255), (20, 20, 180, 60))
    logo = encoded(transparent, "PNG")
    partner = PartnerFactory(logo=ContentFile(logo, name="afd.png"), logo_alt_fr="AFD")

    renditions = partner.logo_renditions

    assert [item["width"] for item in renditions["fallback"]] == [200]
    assert read_back(renditions["fallback"][0]["name"])[:2] == ("PNG", (200, 80))
    assert read_back(renditions["webp"][0]["name"])[:2] == ("WEBP", (200, 80))
    with default_storage.open(renditions["webp"][0]["name"], "rb") as stored:
        assert Image.open(stored).mode == "RGBA"


def test_the_programme_page_shows_the_photo_in_a_picture_with_its_description(client):
    programme = illustrated_programme()

    html = client.get(programme.get_absolute_url()).content.decode()

    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/webp"' in picture
    assert "-480w.webp 480w" in picture and "-1600w.webp 1600w" in picture
    assert "-800w.jpg 800w" in picture
    assert 'width="1600" height="2133"' in picture
    assert 'alt="Des élèves boivent au point d’eau de leur école"' in picture
    # The first image of the page is above the fold: fetched at once, not lazily.
    assert 'fetchpriority="high"' in picture and 'loading="lazy"' not in picture
    assert "<figcaption>Le point d’eau d’une école de Podor</figcaption>" in html


def test_the_english_page_describes_the_photo_in_english(client):
    programme = illustrated_programme()
    with translation.override("en"):
        url = programme.get_absolute_url()

    html = client.get(url).content.decode()

    assert 'alt="Pupils drinking at their school&#x27;s water point"' in html
    assert "The water point of a school in Podor" in html


def test_images_further_down_the_history_load_lazily(client):
    TimelineEventFactory(
        image=ContentFile(encoded(photo((1000, 500))), name="1981.jpg"),
        image_alt_fr="La mairie de Lille en 1981",
        image_alt_en="Lille town hall in 1981",
    )
    PlaceFactory(
        image=ContentFile(encoded(photo((900, 600))), name="gaia.jpg"),
        image_is_decorative=True,
    )

    history = client.get("/fr/histoire/").content.decode()
    contact = client.get("/fr/contact/").content.decode()

    assert 'alt="La mairie de Lille en 1981" loading="lazy"' in history
    assert 'width="1000" height="500"' in history
    # A decorative image has an empty description, so screen readers skip it.
    assert 'alt="" loading="lazy"' in contact


def test_a_programme_with_an_image_makes_no_more_queries_than_one_without(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    plain = ProgrammeFactory()
    illustrated = illustrated_programme()
    for programme in (plain, illustrated):
        programme.partners.add(
            PartnerFactory(
                logo=ContentFile(encoded(photo((200, 80))), name="logo.jpg"),
                logo_is_decorative=True,
            )
        )

    # The footer and the next publication dates, computed once then kept per content version
    # (content fragments), are not what is compared.
    client.get(plain.get_absolute_url())
    counts = []
    for programme in (plain, illustrated):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(programme.get_absolute_url())
        assert response.status_code == 200
        counts.append(len(queries))

    assert counts[0] == counts[1]


def test_the_page_never_opens_the_stored_files(client, monkeypatch):
    programme = illustrated_programme()

    def refuse(*args, **kwargs):
        raise AssertionError("a page opened a stored file")

    for method in ("open", "exists", "size", "listdir"):
        monkeypatch.setattr(FileSystemStorage, method, refuse)

    assert client.get(programme.get_absolute_url()).status_code == 200


def test_replacing_an_image_removes_the_files_of_the_old_one(
    django_capture_on_commit_callbacks,
):
    programme = illustrated_programme()
    old_files = [programme.image.name] + [
        item["name"] for key in ("webp", "fallback") for item in programme.image_renditions[key]
    ]

    programme.image = ContentFile(encoded(photo((600, 400))), name="nouvelle.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        programme.save()

    assert not any(default_storage.exists(name) for name in old_files)
    assert [item["width"] for item in programme.image_renditions["webp"]] == [480, 600]
    assert default_storage.exists(programme.image_renditions["webp"][0]["name"])


def test_removing_an_image_forgets_its_renditions(client, django_capture_on_commit_callbacks):
    programme = illustrated_programme()
    rendition = programme.image_renditions["webp"][0]["name"]

    programme.image = None
    with django_capture_on_commit_callbacks(execute=True):
        programme.save()

    assert programme.image_renditions == {}
    assert not default_storage.exists(rendition)
    assert "<picture>" not in client.get(programme.get_absolute_url()).content.decode()


def test_seed_content_shows_no_image_and_no_empty_picture(client, seeded):
    html = client.get("/fr/programmes/").content.decode()

    assert "<picture>" not in html and "<figure" not in html


def test_make_renditions_remakes_them_at_the_configured_widths(settings):
    programme = illustrated_programme()
    settings.IMAGE_RENDITION_WIDTHS = [320, 640]
    output = io.StringIO()

    call_command("make_renditions", stdout=output)

    programme.refresh_from_db()
    widths = [item["width"] for item in programme.image_renditions["webp"]]
    assert widths == [320, 640]
    assert read_back(programme.image_renditions["webp"][1]["name"])[:2] == ("WEBP", (640, 853))
    assert "1 image(s) remade." in output.getvalue()


def test_make_renditions_reports_a_lost_file_and_goes_on():
    lost = illustrated_programme()
    kept = TimelineEventFactory(
        image=ContentFile(encoded(photo((700, 500))), name="1981.jpg"), image_is_decorative=True
    )
    default_storage.delete(lost.image.name)
    output, errors = io.StringIO(), io.StringIO()

    call_command("make_renditions", stdout=output, stderr=errors)

    assert lost.image.name in errors.getvalue()
    assert "1 image(s) remade." in output.getvalue()
    lost.refresh_from_db()
    kept.refresh_from_db()
    assert lost.image_renditions["webp"] and kept.image_renditions["webp"]
