"""Running the import again doubles nothing, keeps what staff edited, and takes what a newer
export changed; a dry run writes nothing (#24)."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.models import Redirect
from documents.models import Document
from news.models import NewsPost
from pages.models import Page, Section
from tests.wordpress import exports
from wordpress.models import ImportedItem, ImportRun


def rows():
    return {
        "news": NewsPost.objects.count(),
        "pages": Page.objects.count(),
        "sections": Section.objects.count(),
        "documents": Document.objects.count(),
        "redirects": Redirect.objects.count(),
        "items": ImportedItem.objects.count(),
    }


def run(export_file, uploads, capsys, **options):
    call_command("import_wordpress", str(export_file), uploads=str(uploads), **options)
    return capsys.readouterr().out


@pytest.mark.django_db
def test_a_second_run_doubles_nothing(export_file, uploads, paems, capsys):
    run(export_file, uploads, capsys)
    first = rows()
    report = run(export_file, uploads, capsys)
    assert rows() == first
    assert first["news"] == 8
    assert "Actualités\N{NO-BREAK SPACE}: inchangés 8, non importés 1" in report


@pytest.mark.django_db
def test_a_record_staff_edited_is_kept_and_reported(export_file, uploads, paems, capsys):
    run(export_file, uploads, capsys)
    post = NewsPost.objects.get(title_fr="Les écoles de Podor ont de l’eau")
    post.title_fr = "Podor : l’eau arrive dans les écoles"
    post.save()
    report = run(export_file, uploads, capsys)
    post.refresh_from_db()
    assert post.title_fr == "Podor : l’eau arrive dans les écoles"
    assert (
        "post 12 “Les écoles de Podor ont de l’eau”" in report.split("depuis le dernier import")[1]
    )


@pytest.mark.django_db
def test_a_newer_export_adds_and_updates(export_file, uploads, paems, capsys):
    run(export_file, uploads, capsys)
    newer = [
        exports.item(
            12,
            "Les écoles de Podor ont toutes de l’eau",
            slug="les-%c3%a9coles-de-podor",
            modified_gmt="2020-01-02 10:00:00",
            language="fr",
        ),
        exports.item(60, "Une nouvelle actualité", slug="une-nouvelle", language="fr"),
    ]
    exports.write(export_file, newer)
    report = run(export_file, uploads, capsys)
    assert NewsPost.objects.get(slug_fr="les-ecoles-de-podor").title_fr == (
        "Les écoles de Podor ont toutes de l’eau"
    )
    assert NewsPost.objects.filter(title_fr="Une nouvelle actualité").exists()
    assert "créés 1, mis à jour 1" in report


@pytest.mark.django_db
def test_a_dry_run_reports_and_writes_nothing(export_file, uploads, paems, capsys, media_root):
    report = run(export_file, uploads, capsys, dry_run=True)
    assert "Essai à blanc\N{NO-BREAK SPACE}: rien n’a été écrit." in report
    assert "publiés 3, programmés 1, non publiés 4, créés 8" in report
    assert "PDF refusés par la bibliothèque de documents (1)" in report
    assert rows() == {
        "news": 0,
        "pages": 0,
        "sections": 0,
        "documents": 0,
        "redirects": 0,
        "items": 0,
    }
    assert ImportRun.objects.count() == 0
    assert not media_root.exists() or not any(media_root.rglob("*.*"))


@pytest.mark.django_db
def test_staff_read_the_last_import_s_report_in_the_admin(
    export_file, uploads, paems, capsys, staff_client
):
    run(export_file, uploads, capsys)
    run_row = ImportRun.objects.get()
    listing = staff_client.get(reverse("admin:wordpress_importrun_changelist"))
    assert "8 actualités, 1 documents" in listing.content.decode()
    page = staff_client.get(reverse("admin:wordpress_importrun_change", args=[run_row.pk]))
    text = page.content.decode()
    assert "Actualités\N{NO-BREAK SPACE}: publiés 3, programmés 1" in text
    assert "post 17 “Protégé” (mot de passe)" in text
