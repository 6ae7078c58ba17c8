"""Staff uploads: only safe images get in, each refusal is a clear French message."""

import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image

from association.models import Partner, Programme
from contact.models import Place
from tests.factories import PartnerFactory, PlaceFactory, ProgrammeFactory, TimelineEventFactory
from tests.images import encoded, phone_photo_bytes, photo, png_bomb_bytes, upload
from timeline.models import TimelineEvent

pytestmark = pytest.mark.django_db

NOT_AN_IMAGE = "Ce fichier n’est pas une image JPEG, PNG, WebP ou HEIC."


def event_form(**overrides):
    data = {
        "year": 2012,
        "title_fr": "Lancement du PAEMS",
        "title_en": "PAEMS begins",
        "body_fr": "<p>Un point d’eau.</p>",
        "body_en": "<p>A water point.</p>",
        "image_alt_fr": "Des élèves au point d’eau de leur école",
        "image_alt_en": "Pupils at their school's water point",
        "order": 0,
        "is_published": "on",
    }
    return {**data, **overrides}


def post_event(staff_client, event, **overrides):
    url = reverse("admin:timeline_timelineevent_change", args=[event.pk])
    return staff_client.post(url, event_form(**overrides), headers={"accept-language": "fr"})


@pytest.fixture
def event():
    return TimelineEventFactory()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bombe.png", png_bomb_bytes(), "Cette image est trop grande\u00a0: 40 millions de pixels"),
        ("notes.jpg", b"Compte rendu de la reunion du 3 mars.\n" * 20, NOT_AN_IMAGE),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            NOT_AN_IMAGE,
        ),
        ("vide.jpg", b"", "Le fichier soumis est vide."),
        ("coupee.jpg", phone_photo_bytes()[:4000], "Cette image est abîmée ou incomplète."),
        ("anim.gif", encoded(photo((40, 30)), "GIF"), NOT_AN_IMAGE),
    ],
    ids=["png-bomb", "text-named-jpg", "svg-with-script", "empty", "truncated", "gif"],
)
def test_an_unsafe_upload_is_refused_with_a_clear_message(
    staff_client, event, name, content, message
):
    response = post_event(staff_client, event, image=upload(name, content))

    assert response.status_code == 200
    assert message in response.content.decode()
    event.refresh_from_db()
    assert not event.image
    assert event.image_renditions == {}


def test_an_oversized_file_is_refused_with_its_weight_and_the_limit(staff_client, event, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 50 * 1024
    heavy = encoded(Image.effect_noise((400, 400), 64), "PNG")
    assert len(heavy) > settings.IMAGE_MAX_UPLOAD_BYTES

    response = post_event(staff_client, event, image=upload("affiche.png", heavy))

    html = response.content.decode()
    assert response.status_code == 200
    assert "les images peuvent peser au plus 50,0\xa0ko" in html
    event.refresh_from_db()
    assert not event.image


def test_a_phone_photo_is_stored_upright_without_its_gps_position(staff_client, event):
    response = post_event(
        staff_client, event, image=upload("IMG_2041.jpg", phone_photo_bytes((1200, 900)))
    )

    assert response.status_code == 302
    event.refresh_from_db()
    with event.image.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "JPEG"
        # Orientation 6 means "turn a quarter right": the 1200×900 pixels stand upright.
        assert image.size == (900, 1200)
        assert not image.getexif()
        assert "exif" not in image.info
    assert b"PhoneMaker" not in event.image.storage.open(event.image.name).read()


def test_an_image_is_accepted_by_its_content_whatever_its_name(staff_client, event):
    response = post_event(
        staff_client, event, image=upload("photo-sans-extension", encoded(photo((900, 600)), "PNG"))
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.image.name.endswith(".png")


def test_an_image_without_its_description_is_refused_in_each_missing_language(staff_client, event):
    response = post_event(
        staff_client,
        event,
        image=upload("ecole.jpg", phone_photo_bytes()),
        image_alt_fr="",
        image_alt_en="",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Décrivez ce que montre l’image en français" in html
    assert "Décrivez ce que montre l’image en anglais" in html
    assert TimelineEvent.objects.get(pk=event.pk).image == ""


def test_a_decorative_image_needs_no_description(staff_client, event):
    response = post_event(
        staff_client,
        event,
        image=upload("frise.jpg", phone_photo_bytes()),
        image_alt_fr="",
        image_alt_en="",
        image_is_decorative="on",
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.image and event.image_is_decorative


def test_a_place_photo_and_a_partner_logo_follow_the_same_rules(staff_client):
    place = PlaceFactory()
    partner = PartnerFactory()
    place_url = reverse("admin:contact_place_change", args=[place.pk])
    partner_url = reverse("admin:association_partner_change", args=[partner.pk])
    place_data = {
        "name_fr": "Centre Gaïa",
        "name_en": "Centre Gaïa",
        "locality": "Lille",
        "country": "FR",
        "time_zone": "Europe/Paris",
        "order": 0,
        "opening_hours-TOTAL_FORMS": 0,
        "opening_hours-INITIAL_FORMS": 0,
        "closures-TOTAL_FORMS": 0,
        "closures-INITIAL_FORMS": 0,
    }
    partner_data = {"name_fr": "AFD", "name_en": "AFD", "role": "funder", "order": 0}

    refused_place = staff_client.post(
        place_url, {**place_data, "image": upload("gaia.jpg", phone_photo_bytes())}
    )
    refused_logo = staff_client.post(
        partner_url, {**partner_data, "logo": upload("afd.svg", b"<svg></svg>")}
    )
    accepted_logo = staff_client.post(
        partner_url,
        {
            **partner_data,
            "logo": upload("afd.png", encoded(photo((300, 120), mode="RGBA"), "PNG")),
            "logo_alt_fr": "AFD",
            "logo_alt_en": "AFD",
        },
    )

    assert "Décrivez ce que montre l’image en français" in refused_place.content.decode()
    assert not Place.objects.get(pk=place.pk).image
    assert NOT_AN_IMAGE in refused_logo.content.decode()
    assert accepted_logo.status_code == 302
    logo = Partner.objects.get(pk=partner.pk).logo
    with logo.open("rb") as stored, Image.open(stored) as image:
        assert (image.format, image.mode) == ("PNG", "RGBA")


def test_the_programme_form_offers_only_safe_image_types(staff_client):
    html = staff_client.get(reverse("admin:association_programme_add")).content.decode()

    assert 'accept="image/jpeg,image/png,image/webp,image/heic,image/heif"' in html
    assert 'name="image_is_decorative"' in html
    assert Programme.objects.count() == 0


def test_pillow_decodes_the_generated_phone_photo_with_its_gps_position():
    # Guards the test above: the upload really carries a position before it is cleaned.
    with Image.open(io.BytesIO(phone_photo_bytes())) as image:
        assert image.getexif().get_ifd(0x8825)


def test_the_published_column_still_saves_a_programme_whose_image_lacks_a_description(
    staff_client,
):
    # Rows made outside the admin (shell, import) may lack the description; the list's
    # "published" and "order" columns, which cannot show that error, must still save.
    programme = ProgrammeFactory(image=ContentFile(phone_photo_bytes(), name="sans-alt.jpg"))
    data = {
        "form-TOTAL_FORMS": 1,
        "form-INITIAL_FORMS": 1,
        "form-0-id": programme.pk,
        "form-0-order": 3,
        "_save": "Enregistrer",
    }

    response = staff_client.post(reverse("admin:association_programme_changelist"), data)

    assert response.status_code == 302
    programme.refresh_from_db()
    assert (programme.is_published, programme.order) == (False, 3)
