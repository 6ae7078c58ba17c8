"""Documents join what the site does for all content: backup, groups, admin, seed (#16)."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from documents.models import Document
from lepartenariat.seeding import seed_all
from tests.factories import DocumentFactory
from tests.pdfs import pdf_upload

pytestmark = pytest.mark.django_db


def test_the_backup_lists_the_pdf_and_its_cover_and_restores_the_record(tmp_path):
    document = DocumentFactory(file=pdf_upload())
    backup = tmp_path / "content.json"
    call_command("export_content", str(backup))
    data = json.loads(backup.read_text())
    pk = document.pk
    document.delete()

    call_command("import_content", str(backup))

    paths = {entry["path"] for entry in data["media"]}
    assert document.file.name in paths
    assert document.cover.name in paths
    restored = Document.objects.get(pk=pk)
    assert restored.file.name == document.file.name
    assert restored.page_count == 1
    assert "l'accès à l'eau" in restored.text


def test_the_editors_group_may_upload_documents_and_record_fundings(client, editor):
    client.force_login(editor)

    assert client.get(reverse("admin:documents_document_add")).status_code == 200
    assert editor.has_perm("documents.delete_document")
    assert editor.has_perm("association.change_funding")


def test_the_admin_offers_a_preview_of_an_unpublished_document(staff_client):
    document = DocumentFactory(file=pdf_upload(), is_published=False)

    html = staff_client.get(
        reverse("admin:documents_document_change", args=[document.pk])
    ).content.decode()

    assert document.get_absolute_url() in html
    assert "1 pages" in html or "1 page" in html


def test_the_seed_lists_the_known_reports_unpublished_without_file_and_to_confirm():
    seed_all()
    seed_all()

    documents = Document.objects.all()
    assert documents.count() == 9
    assert not documents.filter(is_published=True).exists()
    assert not documents.filter(to_confirm=False).exists()
    assert not documents.exclude(file="").exists()
    assert set(documents.filter(kind="activity-report").values_list("year", flat=True)) == {
        2008,
        2010,
        2011,
        2020,
    }
    evaluation = Document.objects.get(seed_key="evaluation-paer-phase-1-cota")
    assert [p.seed_key for p in evaluation.programmes.all()] == ["paer"]
    assert evaluation.year is None
