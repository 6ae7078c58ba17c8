"""Staff upload PDFs, and only safe ones, each refusal a clear French message (#16)."""

import io

import pytest
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from documents.models import Document
from tests.factories import DocumentFactory
from tests.images import encoded, photo, upload
from tests.pdfs import make_pdf, pdf_upload

pytestmark = pytest.mark.django_db

NOT_A_PDF = "Ce fichier n’est pas un PDF."
SAVE_AGAIN = "Enregistrez-le à nouveau en PDF simple"


def document_form(**overrides):
    data = {
        "title_fr": "Rapport d’activités 2020",
        "title_en": "Activity report 2020",
        "slug_fr": "rapport-d-activites-2020",
        "slug_en": "activity-report-2020",
        "kind": "activity-report",
        "year": 2020,
        "language": "fr",
        "summary_fr": "",
        "summary_en": "",
        "is_published": "on",
    }
    return {**data, **overrides}


def post_document(staff_client, document=None, **overrides):
    if document is None:
        url = reverse("admin:documents_document_add")
    else:
        url = reverse("admin:documents_document_change", args=[document.pk])
    return staff_client.post(url, document_form(**overrides), headers={"accept-language": "fr"})


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("rapport.pdf", b"Compte rendu de la reunion du 3 mars.\n" * 20, NOT_A_PDF),
        ("rapport.pdf", make_pdf(pages=3)[:900], "Ce PDF est abîmé ou incomplet."),
        ("rapport.pdf", b"", "Le fichier soumis est vide."),
        ("rapport.pdf", make_pdf(password="secret"), "Ce PDF est protégé par un mot de passe"),
        ("rapport.pdf", make_pdf(javascript=True), "Ce PDF contient du JavaScript"),
        ("rapport.pdf", make_pdf(launch=True), "lance un autre programme"),
        ("rapport.pdf", make_pdf(embedded_file=True), "contient d’autres fichiers"),
        ("photo.pdf", Image.new("RGB", (10, 10)).tobytes(), NOT_A_PDF),
    ],
    ids=[
        "text-named-pdf",
        "truncated",
        "empty",
        "encrypted",
        "javascript",
        "launch",
        "embedded-file",
        "raw-pixels",
    ],
)
def test_an_unsafe_pdf_is_refused_with_a_clear_message(staff_client, name, content, message):
    response = post_document(staff_client, file=upload(name, content, "application/pdf"))

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert not Document.objects.exists()


def test_active_content_messages_say_how_to_make_a_plain_copy(staff_client):
    response = post_document(staff_client, file=pdf_upload(javascript=True))

    assert SAVE_AGAIN in response.content.decode()


def test_an_oversized_pdf_is_refused_with_its_weight_and_the_limit(staff_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_MB = 1
    heavy = pdf_upload(padding=1_200_000)

    response = post_document(staff_client, file=heavy)

    html = response.content.decode()
    assert response.status_code == 200
    assert "les documents peuvent peser au plus 1,0\xa0Mo" in html
    assert not Document.objects.exists()


def test_a_valid_pdf_is_stored_without_author_and_producer_and_read_once(staff_client):
    response = post_document(staff_client, file=pdf_upload(pages=3))

    assert response.status_code == 302
    document = Document.objects.get()
    with document.file.open("rb") as stored:
        content = stored.read()
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 3
    assert "/Author" not in reader.metadata
    assert "/Producer" not in reader.metadata
    assert b"Jeanne Martin" not in content
    assert reader.metadata["/Title"] == "Rapport"
    assert document.page_count == 3
    assert document.file_size == len(content)
    assert "l'accès à l'eau dans les écoles" in document.text
    assert "(page 3)" in document.text


def test_the_cover_is_the_first_page_drawn_in_every_rendition(staff_client):
    post_document(staff_client, file=pdf_upload())

    document = Document.objects.get()
    assert document.cover_is_rendered
    assert document.cover_renditions["fallback_type"] == "image/jpeg"
    # An A4 page drawn 800 pixels wide.
    assert document.cover_renditions["width"] == 800
    assert document.cover_renditions["height"] == 1132
    with document.cover.open("rb") as stored, Image.open(stored) as cover:
        assert cover.format == "JPEG"


def test_a_cover_staff_upload_replaces_the_drawn_one_and_stays_with_a_new_file(staff_client):
    post_document(
        staff_client,
        file=pdf_upload(),
        cover=upload("couverture.png", encoded(photo((600, 800)), "PNG")),
    )
    document = Document.objects.get()
    assert not document.cover_is_rendered
    assert document.cover_renditions["width"] == 600

    post_document(staff_client, document, file=pdf_upload(pages=2))

    document.refresh_from_db()
    assert document.page_count == 2
    assert document.cover_renditions["width"] == 600


def test_a_pdf_is_accepted_by_its_content_whatever_its_name(staff_client):
    response = post_document(staff_client, file=pdf_upload(name="Rapport final (v3)"))

    assert response.status_code == 302
    assert Document.objects.get().file.name.endswith(".pdf")


def test_the_file_field_tells_the_browser_to_offer_pdfs_only(staff_client):
    html = staff_client.get(reverse("admin:documents_document_add")).content.decode()

    assert 'accept="application/pdf"' in html


def test_a_document_without_file_is_saved_for_staff_to_complete_later():
    document = DocumentFactory(file="")

    assert document.page_count is None
    assert not document.cover
