"""Old addresses never break: renamed slugs and staff redirects answer 301 (#23)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.models import MissingPage, Redirect
from tests.factories import (
    DocumentFactory,
    EventFactory,
    NewsPostFactory,
    OfferFactory,
    ProgrammeFactory,
    StaffPageFactory,
    WorkshopFactory,
)
from tests.pages.queries import cache_reads
from tests.pdfs import pdf_upload

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("factory", "slugs", "old", "new"),
    [
        (StaffPageFactory, ("a", "b"), "/fr/a/", "/fr/b/"),
        (
            ProgrammeFactory,
            ("eau", "eau-potable"),
            "/fr/programmes/eau/",
            "/fr/programmes/eau-potable/",
        ),
        (NewsPostFactory, ("vieux", "neuf"), "/fr/actualites/vieux/", "/fr/actualites/neuf/"),
        (EventFactory, ("fete", "grande-fete"), "/fr/agenda/fete/", "/fr/agenda/grande-fete/"),
        (
            lambda **kw: DocumentFactory(file=pdf_upload(), **kw),
            ("rapport", "rapport-2020"),
            "/fr/documents/rapport/",
            "/fr/documents/rapport-2020/",
        ),
        (OfferFactory, ("stage", "stage-dete"), "/fr/offres/stage/", "/fr/offres/stage-dete/"),
        (
            WorkshopFactory,
            ("eau", "cycle-eau"),
            "/fr/ateliers/eau/reserver/",
            "/fr/ateliers/cycle-eau/reserver/",
        ),
    ],
)
def test_a_renamed_slug_of_every_kind_leaves_a_permanent_redirect(client, factory, slugs, old, new):
    record = factory(slug_fr=slugs[0])
    record.slug_fr = slugs[1]
    record.save()

    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new


def test_an_english_slug_change_redirects_in_english(client):
    post = NewsPostFactory(slug_en="old-news")
    post.slug_en = "fresh-news"
    post.save()

    response = client.get("/en/news/old-news/")

    assert (response.status_code, response["Location"]) == (301, "/en/news/fresh-news/")


def test_two_renamings_lead_straight_to_the_last_address(client):
    page = StaffPageFactory(slug_fr="a")
    for slug in ("b", "c"):
        page.slug_fr = slug
        page.save()

    assert client.get("/fr/a/")["Location"] == "/fr/c/"
    assert client.get("/fr/b/")["Location"] == "/fr/c/"


def test_renaming_back_to_an_old_address_serves_the_page_there(client):
    page = StaffPageFactory(slug_fr="a")
    page.slug_fr = "b"
    page.save()
    page.slug_fr = "a"
    page.save()

    assert client.get("/fr/a/").status_code == 200
    assert client.get("/fr/b/")["Location"] == "/fr/a/"
    assert not Redirect.objects.filter(old_path="/fr/a/").exists()


def test_a_new_page_taking_an_old_address_wins_over_its_redirect(client):
    page = StaffPageFactory(slug_fr="a", title_fr="Ancienne")
    page.slug_fr = "b"
    page.save()
    StaffPageFactory(slug_fr="a", title_fr="Nouvelle")

    response = client.get("/fr/a/")

    assert response.status_code == 200
    assert "<h1>Nouvelle</h1>" in response.content.decode()


def test_a_redirect_to_an_unpublished_record_is_a_404(client):
    page = StaffPageFactory(slug_fr="a")
    page.slug_fr = "b"
    page.save()
    page.is_published = False
    page.save()

    assert client.get("/fr/a/").status_code == 404


def test_sub_pages_of_a_renamed_page_redirect_too(client):
    top = StaffPageFactory(slug_fr="haut")
    StaffPageFactory(parent=top, slug_fr="bas")
    top.slug_fr = "sommet"
    top.save()

    assert client.get("/fr/haut/bas/")["Location"] == "/fr/sommet/bas/"


def test_a_staff_redirect_with_a_query_string_answers_before_the_language_redirect(client):
    page = StaffPageFactory(slug_fr="projet")
    Redirect.objects.create(old_path="/?p=572", target=page, target_language="fr")

    response = client.get("/?p=572")

    assert (response.status_code, response["Location"]) == (301, "/fr/projet/")


@pytest.mark.parametrize("address", ["/?p=999", "/?page_id=12", "/?attachment_id=7"])
def test_an_unknown_old_item_address_is_a_404_not_the_home_page(client, address):
    response = client.get(address)

    assert response.status_code == 404
    assert MissingPage.objects.get().path == address


def test_an_old_item_address_whose_page_is_unpublished_is_a_404(client):
    page = StaffPageFactory(slug_fr="brouillon", is_published=False)
    Redirect.objects.create(old_path="/?p=572", target=page, target_language="fr")

    assert client.get("/?p=572").status_code == 404


def test_the_home_address_with_another_query_still_chooses_the_language(client):
    response = client.get("/?utm_source=lettre")

    assert (response.status_code, response["Location"]) == (302, "/fr/?utm_source=lettre")


def test_tracking_parameters_and_their_order_do_not_matter(client):
    Redirect.objects.create(old_path="/?p=572&lang=fr", target_url="/fr/agenda/")

    response = client.get("/?utm_source=x&lang=fr&p=572")

    assert response["Location"] == "/fr/agenda/"


def test_a_redirect_without_a_query_string_answers_any_query(client):
    Redirect.objects.create(old_path="/ancien-site/", target_url="https://example.org/")

    response = client.get("/ancien-site/?page=2")

    assert (response.status_code, response["Location"]) == (301, "https://example.org/")


def test_a_temporary_redirect_answers_302(client):
    Redirect.objects.create(old_path="/fr/soldes/", target_url="/fr/agenda/", is_permanent=False)

    assert client.get("/fr/soldes/").status_code == 302


def test_a_staff_redirect_to_an_old_address_leads_to_its_current_one():
    Redirect.objects.create(old_path="/b/", target_url="/c/")
    first = Redirect.objects.create(old_path="/a/", target_url="/b/")
    Redirect.objects.create(old_path="/c/", target_url="/d/")

    first.refresh_from_db()
    assert first.target_url == "/d/"
    assert Redirect.objects.get(old_path="/b/").target_url == "/d/"


def test_a_loop_is_refused_with_a_clear_message():
    Redirect.objects.create(old_path="/b/", target_url="/c/")
    looping = Redirect(old_path="/c/", target_url="/b/")

    with pytest.raises(ValidationError) as error, translation.override("en"):
        looping.full_clean()

    assert error.value.message_dict["target_url"] == [
        "This redirect would lead back to /c/: visitors would go round in circles."
    ]


def test_a_redirect_to_itself_or_to_plain_http_is_refused():
    with pytest.raises(ValidationError) as error, translation.override("en"):
        Redirect(old_path="/a/", target_url="http://example.org/").full_clean()
    assert error.value.message_dict["target_url"] == [
        "Give a path of this site starting with “/” or an address starting with https://."
    ]
    with pytest.raises(ValidationError):
        Redirect(old_path="/a/", target_url="/a/").full_clean()


def test_a_redirect_lookup_costs_the_same_queries_among_1000_redirects(
    client, django_assert_num_queries
):
    page = StaffPageFactory(slug_fr="projet")
    Redirect.objects.create(old_path="/?p=1", target=page, target_language="fr")
    Redirect.objects.bulk_create(
        Redirect(old_path=f"/?p={number}", target_url="/fr/agenda/") for number in range(2, 1001)
    )

    # Django renders the 404 of `/` before LocaleMiddleware redirects it: its menu and
    # footer are cached by a first visit.
    client.get("/?p=none")

    # One read of the cache when it is the database (the page, the content version and the
    # values pages share), the redirect and its page.
    with django_assert_num_queries(cache_reads() + 2):
        response = client.get("/?p=1")

    assert response["Location"] == "/fr/projet/"


def test_an_unknown_address_without_language_is_a_404_and_logged_as_asked(client):
    response = client.get("/ancienne-page/")

    assert response.status_code == 404
    assert MissingPage.objects.get().path == "/ancienne-page/"


def test_an_address_without_language_leads_to_the_page_there(client):
    StaffPageFactory(slug_fr="mangrove")

    response = client.get("/mangrove/")

    assert (response.status_code, response["Location"]) == (302, "/fr/mangrove/")
