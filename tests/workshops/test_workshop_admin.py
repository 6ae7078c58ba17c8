import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from tests.factories import WorkshopFactory
from tests.images import phone_photo_bytes

pytestmark = pytest.mark.django_db


def test_a_workshop_longer_than_every_opening_interval_is_refused(gaia):
    workshop = WorkshopFactory.build(place=gaia, duration_minutes=300)

    with pytest.raises(ValidationError) as error:
        workshop.full_clean()

    assert "la plus longue dure 240 minutes" in str(error.value.message_dict["duration_minutes"])


def test_a_workshop_that_fits_the_afternoon_is_accepted(gaia):
    WorkshopFactory.build(place=gaia, duration_minutes=240).full_clean()


def test_staff_edit_workshops_in_both_languages(staff_client, workshop):
    body = staff_client.get(f"/admin/workshops/workshop/{workshop.pk}/change/").content.decode()

    assert 'name="title_fr"' in body and 'name="title_en"' in body
    assert 'name="image_alt_fr"' in body
    assert "Public et informations pratiques" in body


def test_staff_see_the_workshops_in_the_admin_list(staff_client, workshop):
    body = staff_client.get("/admin/workshops/workshop/").content.decode()

    assert "Immersion à Saint-Louis" in body


def test_a_workshop_photo_is_shown_through_its_renditions_with_its_description(client, workshop):
    workshop.image = ContentFile(phone_photo_bytes((2400, 1800)), name="decor.jpg")
    workshop.image_alt_fr = "Des élèves dans le décor du village sénégalais"
    workshop.image_alt_en = "Pupils in the Senegalese village set"
    workshop.save()

    french = client.get("/fr/ateliers/").content.decode()
    booking = client.get("/en/workshops/saint-louis-immersion/book/").content.decode()

    assert workshop.image_renditions["webp"]
    assert 'alt="Des élèves dans le décor du village sénégalais"' in french
    assert "<picture" in french and 'type="image/webp"' in french
    assert 'alt="Pupils in the Senegalese village set"' in booking


def test_a_workshop_photo_without_its_description_is_refused(gaia):
    workshop = WorkshopFactory.build(
        place=gaia, image=ContentFile(phone_photo_bytes((800, 600)), name="decor.jpg")
    )

    with pytest.raises(ValidationError) as error:
        workshop.full_clean()

    assert {"image_alt_fr", "image_alt_en"} <= set(error.value.message_dict)
