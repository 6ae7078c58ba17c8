"""Staff make pages, sections, menus and redirects in the admin, in French (#23)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.models import MissingPage, Redirect
from pages.models import Page
from tests.factories import StaffPageFactory

pytestmark = pytest.mark.django_db


def page_form(**overrides):
    data = {
        "title_fr": "Le projet Mangrove",
        "title_en": "The Mangrove project",
        "slug_fr": "le-projet-mangrove",
        "slug_en": "the-mangrove-project",
        "introduction_fr": "Replanter la mangrove.",
        "introduction_en": "Replanting the mangrove.",
        "order": 0,
        "is_published": "on",
        "sections-TOTAL_FORMS": 0,
        "sections-INITIAL_FORMS": 0,
    }
    return {**data, **overrides}


def section(number, **fields):
    return {f"sections-{number}-{name}": value for name, value in fields.items()}


def test_staff_add_a_page_with_a_text_and_a_video_section(staff_client):
    data = page_form(
        **{"sections-TOTAL_FORMS": 2},
        **section(0, kind="text", order=1, body_fr="<p>Le texte.</p>", body_en="<p>Text.</p>"),
        **section(
            1,
            kind="video",
            order=2,
            heading_fr="La mangrove en images",
            heading_en="The mangrove in pictures",
            video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            image_is_decorative="on",
        ),
    )

    response = staff_client.post("/admin/pages/page/add/", data)

    assert response.status_code == 302
    page = Page.objects.get()
    assert [s.kind for s in page.sections.order_by("order")] == ["text", "video"]


def test_a_video_of_an_unknown_host_is_refused_and_nothing_is_saved(staff_client):
    data = page_form(
        **{"sections-TOTAL_FORMS": 1},
        **section(
            0,
            kind="video",
            order=1,
            heading_fr="Vidéo",
            heading_en="Video",
            video_url="https://videos.example.org/watch/123",
            image_is_decorative="on",
        ),
    )

    response = staff_client.post("/admin/pages/page/add/", data)

    assert response.status_code == 200
    assert (
        "Cette adresse n’est pas celle d’une vidéo de YouTube, Vimeo, Dailymotion ou d’un "
        "site PeerTube" in response.content.decode()
    )
    assert not Page.objects.exists()


def test_a_call_to_action_to_no_page_is_refused(staff_client):
    data = page_form(
        **{"sections-TOTAL_FORMS": 1},
        **section(
            0,
            kind="call-to-action",
            order=1,
            action="page",
            button_label_fr="Lire",
            button_label_en="Read",
        ),
    )

    response = staff_client.post("/admin/pages/page/add/", data)

    assert "Choisissez la page vers laquelle mène le bouton." in response.content.decode()
    assert not Page.objects.exists()


def test_a_slug_clash_is_refused_in_french(staff_client):
    StaffPageFactory(title_fr="Le projet", slug_fr="le-projet-mangrove")

    response = staff_client.post("/admin/pages/page/add/", page_form())

    assert (
        "La page «\u00a0Le projet\u00a0» a déjà cette adresse\u202f; choisissez-en une autre."
        in (response.content.decode())
    )
    assert Page.objects.count() == 1


def test_a_redirect_to_a_page_follows_the_page_when_it_moves(staff_client, client):
    page = StaffPageFactory(slug_fr="mangrove")
    staff_client.post(
        "/admin/core/redirect/add/",
        {
            "old_path": "/?page_id=12",
            "page": page.pk,
            "target_language": "fr",
            "is_permanent": "on",
        },
    )
    page.slug_fr = "projet-mangrove"
    page.save()

    response = client.get("/?page_id=12")

    assert (response.status_code, response["Location"]) == (301, "/fr/projet-mangrove/")


def test_a_csv_of_redirects_is_imported_and_a_second_run_doubles_nothing(staff_client):
    csv = "ancienne adresse,nouvelle adresse\n/?p=572,/fr/agenda/\n/vieux/,https://example.org/,temporaire\n"

    for _run in range(2):
        response = staff_client.post(
            "/admin/core/redirect/import/",
            {"file": SimpleUploadedFile("r.csv", csv.encode())},
        )
        assert response.status_code == 302

    assert list(Redirect.objects.values_list("old_path", "target_url", "is_permanent")) == [
        ("/?p=572", "/fr/agenda/", True),
        ("/vieux/", "https://example.org/", False),
    ]


def test_a_csv_with_a_loop_imports_nothing_and_names_the_line(staff_client):
    csv = "/a/,/b/\n/b/,/a/\n"

    response = staff_client.post(
        "/admin/core/redirect/import/", {"file": SimpleUploadedFile("r.csv", csv.encode())}
    )

    html = response.content.decode()
    assert "Ligne 2\u00a0: Cette redirection ramènerait à /b/" in html
    assert not Redirect.objects.exists()


def test_the_missing_pages_list_offers_to_create_a_redirect(staff_client, client):
    client.get("/fr/ancienne-page/")
    MissingPage.objects.update(hits=7)

    html = staff_client.get("/admin/core/missingpage/").content.decode()
    form = staff_client.get("/admin/core/redirect/add/?old_path=/fr/ancienne-page/")

    assert "/admin/core/redirect/add/?old_path=%2Ffr%2Fancienne-page%2F" in html
    assert 'value="/fr/ancienne-page/"' in form.content.decode()
