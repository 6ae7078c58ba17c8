"""Nobody reads an unpublished PDF by guessing its address (#22): files are stored under
unguessable names, and a draft's file is served by the site, to staff only."""

import importlib
import re

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from documents.models import Document
from tests.factories import DocumentFactory
from tests.pdfs import make_pdf, pdf_upload

pytestmark = pytest.mark.django_db

UNGUESSABLE = re.compile(r"documents/[A-Za-z0-9_-]{22}/rapport-annuel\.pdf")


def test_a_pdf_is_stored_under_a_name_nobody_can_guess():
    first = DocumentFactory(file=pdf_upload("Rapport annuel.pdf"))
    second = DocumentFactory(file=pdf_upload("Rapport annuel.pdf"))

    assert UNGUESSABLE.fullmatch(first.file.name)
    assert UNGUESSABLE.fullmatch(second.file.name)
    assert first.file.name != second.file.name


def test_staff_read_an_unpublished_pdf_through_the_site_and_visitors_get_a_404(
    client, staff_client, django_user_model
):
    draft = DocumentFactory(slug_fr="brouillon", file=pdf_upload(), is_published=False)
    with draft.file.open("rb") as stored:
        content = stored.read()

    staff = staff_client.get("/fr/documents/brouillon/")
    client.logout()
    visitor = client.get("/fr/documents/brouillon/")

    assert staff.status_code == 200
    assert staff["Content-Type"] == "application/pdf"
    assert staff["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in staff["Cache-Control"]
    assert b"".join(staff.streaming_content) == content
    assert visitor.status_code == 404


def test_a_published_pdf_is_still_a_redirect_to_the_stored_file(client):
    DocumentFactory(slug_fr="rapport", file=pdf_upload())

    response = client.get("/fr/documents/rapport/")

    assert response.status_code == 302
    assert response["Location"].startswith("/media/documents/")


def test_the_migration_moves_unpublished_files_away_from_guessable_names():
    migration = importlib.import_module("documents.migrations.0002_unguessable_file_names")
    content = make_pdf()
    for name in ("documents/brouillon.pdf", "documents/rapport.pdf"):
        default_storage.save(name, ContentFile(content))
    Document.objects.bulk_create(
        [
            Document(
                slug_fr="brouillon",
                title_fr="Brouillon",
                kind="other",
                file="documents/brouillon.pdf",
                is_published=False,
            ),
            Document(
                slug_fr="rapport",
                title_fr="Rapport",
                kind="other",
                file="documents/rapport.pdf",
                is_published=True,
            ),
        ]
    )

    migration.move_unpublished_files(apps, None)

    draft, published = (
        Document.objects.get(slug_fr="brouillon"),
        Document.objects.get(slug_fr="rapport"),
    )
    assert re.fullmatch(r"documents/[A-Za-z0-9_-]{22}/brouillon\.pdf", draft.file.name)
    assert not default_storage.exists("documents/brouillon.pdf")
    with draft.file.open("rb") as moved:
        assert moved.read() == content
    # A published file keeps its address: links to it keep working.
    assert published.file.name == "documents/rapport.pdf"
    assert default_storage.exists("documents/rapport.pdf")
