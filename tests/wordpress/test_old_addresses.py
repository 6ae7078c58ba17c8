"""Every address of the old WordPress site answers 301 to where its content lives now, and
only once the content is public (#24)."""

import pytest
from django.core.management import call_command

from news.models import NewsPost

EVALUATION = "/fr/actualites/une-evaluation-plus-que-satisfaisante-pour-le-centre-gaia/"
PROJECT = "/fr/la-cooperation-decentralisee-old/acces-aux-services-sociaux-de-base/le-projet-paems/"


@pytest.fixture
def imported(export_file, uploads, paems):
    call_command("import_wordpress", str(export_file), uploads=str(uploads))


def moved_to(client, address):
    response = client.get(address)
    assert response.status_code == 301, address
    return response["Location"]


def leads_nowhere(client, address):
    """Not to any content: an unknown path, and an old item's `/?p=…`, are a 404 (#23)."""
    return client.get(address, follow=True).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "old",
    [
        "/une-evaluation-plus-que-satisfaisante-pour-le-centre-gaia/",
        "/une-evaluation-plus-que-satisfaisante-pour-le-centre-gaia",
        "/?p=10",
    ],
)
def test_a_post_s_old_addresses_lead_to_its_news_page(client, imported, old):
    assert moved_to(client, old) == EVALUATION


@pytest.mark.django_db
def test_the_english_translation_s_old_address_leads_to_the_english_page(client, imported):
    english = "/en/news/a-more-than-satisfactory-evaluation/"
    assert moved_to(client, "/en/a-more-than-satisfactory-evaluation/") == english
    assert moved_to(client, "/?p=11") == english


@pytest.mark.django_db
@pytest.mark.parametrize(
    "old", ["/les-%c3%a9coles-de-podor/", "/les-%C3%A9coles-de-podor", "/les-écoles-de-podor/"]
)
def test_a_non_ascii_slug_answers_encoded_or_not(client, imported, old):
    assert moved_to(client, old) == "/fr/actualites/les-ecoles-de-podor/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "old",
    [
        "/la-cooperation-decentralisee-old/acces-aux-services-sociaux-de-base/le-projet-paems/",
        "/la-cooperation-decentralisee-old/acces-aux-services-sociaux-de-base/le-projet-paems",
        "/?page_id=52",
        "/?p=52",
    ],
)
def test_a_nested_page_s_old_addresses_lead_to_its_page(client, imported, old):
    assert moved_to(client, old) == PROJECT
    assert client.get(PROJECT).status_code == 200


@pytest.mark.django_db
def test_an_uploaded_pdf_leads_to_its_document(client, imported):
    document = "/fr/documents/rapport-dactivites-2018/"
    assert moved_to(client, "/wp-content/uploads/2019/05/rapport-2018.pdf") == document
    assert moved_to(client, "/?attachment_id=40") == document


@pytest.mark.django_db
def test_an_uploaded_photo_leads_to_its_new_file(client, imported):
    assert moved_to(client, "/wp-content/uploads/2019/05/centre-gaia.jpg") == (
        "/media/news/centre-gaia.jpg"
    )
    assert moved_to(client, "/?attachment_id=31") == "/media/pages/sections/puits.jpg"


@pytest.mark.django_db
def test_an_unpublished_post_gets_its_redirect_once_published(client, imported):
    assert leads_nowhere(client, "/item-15/")
    assert leads_nowhere(client, "/?p=15")
    NewsPost.objects.filter(title_fr="En attente de relecture").update(is_published=True)
    assert moved_to(client, "/item-15/") == "/fr/actualites/item-15/"


@pytest.mark.django_db
def test_a_scheduled_post_answers_only_from_its_date(client, imported, time_machine):
    assert leads_nowhere(client, "/?p=13")
    time_machine.move_to("2027-03-01 17:00:01+00:00")
    assert moved_to(client, "/?p=13") == "/fr/actualites/item-13/"


@pytest.mark.django_db
def test_unknown_old_addresses_stay_missing(client, imported):
    assert leads_nowhere(client, "/?p=999")
    assert leads_nowhere(client, "/wp-content/uploads/2019/05/absent.jpg")
