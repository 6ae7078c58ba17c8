"""Documents at their stable address and on the list, home and programme pages (#16)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core.pagecache import invalidate
from documents.models import Document, Kind, Language
from tests.factories import (
    DocumentFactory,
    FundingFactory,
    ProgrammeFactory,
    stored_document_fields,
)
from tests.pdfs import pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


def test_a_document_address_leads_to_its_current_file(client):
    document = DocumentFactory(file=pdf_upload(pages=2))

    response = client.get(f"/fr/documents/{document.slug_fr}/")

    assert response.status_code == 302
    assert response["Location"] == document.file.url
    assert client.get(f"/en/documents/{document.slug_en}/")["Location"] == document.file.url


def test_replacing_the_file_keeps_the_address_and_removes_the_old_file(
    client, django_capture_on_commit_callbacks
):
    document = DocumentFactory(file=pdf_upload(name="v1.pdf"))
    old_name = document.file.name
    address = document.get_absolute_url()

    with django_capture_on_commit_callbacks(execute=True):
        document.file = pdf_upload(name="v2.pdf", pages=4)
        document.save()

    assert document.get_absolute_url() == address
    assert client.get(address)["Location"] == document.file.url
    assert document.file.name != old_name
    assert not document.file.storage.exists(old_name)
    assert document.page_count == 4


def test_an_unpublished_document_is_a_404_for_visitors_and_a_preview_for_staff(staff_client):
    document = DocumentFactory(file=pdf_upload(), is_published=False)

    assert Client().get(document.get_absolute_url()).status_code == 404
    response = staff_client.get(document.get_absolute_url())
    # Sent by the site: the file's address in the storage is never handed out (#22).
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-cache" in response["Cache-Control"]


def test_a_document_without_its_file_appears_nowhere(client):
    document = DocumentFactory(file="", title_fr="Rapport sans fichier")

    assert client.get(document.get_absolute_url()).status_code == 404
    assert "Rapport sans fichier" not in client.get("/fr/documents/").content.decode()


def test_each_link_says_what_it_leads_to_in_the_page_language(client):
    Document.objects.bulk_create(
        [
            Document(
                title_fr="Rapport d’activités 2020",
                title_en="Activity report 2020",
                slug_fr="rapport-2020",
                slug_en="report-2020",
                kind=Kind.ACTIVITY_REPORT,
                year=2020,
                language=Language.FRENCH,
                **stored_document_fields(),
            )
        ]
    )

    french = client.get("/fr/documents/").content.decode()
    english = client.get("/en/documents/").content.decode()

    assert "Rapport d’activités 2020 <span" in french
    assert "(PDF, 2,4\xa0Mo, 32 pages, en français)" in french
    assert "(PDF, 2.4\xa0MB, 32 pages, in French)" in english


def test_a_link_to_a_document_in_another_language_says_so_to_browsers(client):
    DocumentFactory(file=pdf_upload(), language=Language.ENGLISH, slug_fr="evaluation")

    french = client.get("/fr/documents/").content.decode()
    english = client.get("/en/documents/").content.decode()

    assert 'href="/fr/documents/evaluation/" type="application/pdf" hreflang="en"' in french
    assert "hreflang=" not in english.split('class="documents"')[1].split("</ul>")[0]


def test_filters_are_plain_links_that_narrow_the_list(client):
    water = ProgrammeFactory(name_fr="Eau à l’école")
    report = DocumentFactory(file=pdf_upload(), year=2020, title_fr="Rapport 2020")
    report.programmes.add(water)
    DocumentFactory(file=pdf_upload(), kind=Kind.NEWSLETTER, year=2016, title_fr="Lettre n° 70")

    page = client.get("/fr/documents/").content.decode()
    assert '<a href="?kind=newsletter">Lettre d’information</a>' in page
    assert '<a href="?year=2016">2016</a>' in page
    assert f'<a href="?programme={water.pk}">' in page

    by_kind = client.get("/fr/documents/?kind=newsletter").content.decode()
    assert "Lettre n° 70" in by_kind and "Rapport 2020" not in by_kind
    assert '<a href="?kind=newsletter" aria-current="page">' in by_kind
    by_year = client.get("/fr/documents/?year=2020").content.decode()
    assert "Rapport 2020" in by_year and "Lettre n° 70" not in by_year
    by_programme = client.get(f"/fr/documents/?programme={water.pk}").content.decode()
    assert "Rapport 2020" in by_programme and "Lettre n° 70" not in by_programme
    nonsense = client.get("/fr/documents/?kind=<script>&year=abc&programme=x")
    assert nonsense.status_code == 200
    assert "Lettre n° 70" in nonsense.content.decode()


def test_a_document_of_a_funded_programme_shows_the_funders_wording(client):
    grant = FundingFactory(
        start_date="2019-01-01", end_date="2021-12-31", wording_fr="Cofinancé par l’AFD"
    )
    inside = DocumentFactory(file=pdf_upload(), year=2020, title_fr="Dans la période")
    inside.programmes.add(grant.programme)

    page = client.get("/fr/documents/").content.decode()
    assert "Cofinancé par l’AFD" in page

    inside.year = 2015
    inside.save()
    assert "Cofinancé par l’AFD" not in client.get("/fr/documents/").content.decode()


def test_the_latest_activity_report_is_on_the_home_page(client):
    DocumentFactory(file=pdf_upload(), year=2019, title_fr="Rapport d’activités 2019")
    DocumentFactory(file=pdf_upload(), year=2020, title_fr="Rapport d’activités 2020")
    DocumentFactory(file=pdf_upload(), year=2024, kind=Kind.NEWSLETTER, title_fr="Lettre")

    home = client.get("/fr/").content.decode()

    assert "Notre dernier rapport d’activités" in home
    assert "Rapport d’activités 2020" in home
    assert "Rapport d’activités 2019" not in home


def test_a_programme_page_lists_its_documents_and_those_of_its_projects(client):
    parent = ProgrammeFactory()
    child = ProgrammeFactory(parent=parent)
    own = DocumentFactory(file=pdf_upload(), title_fr="Document du programme")
    own.programmes.add(parent)
    project = DocumentFactory(file=pdf_upload(), title_fr="Document du projet")
    project.programmes.add(child)

    page = client.get(parent.get_absolute_url()).content.decode()

    assert "Document du programme" in page
    assert "Document du projet" in page


def test_the_language_switcher_keeps_the_filters(client):
    programme = ProgrammeFactory()
    document = DocumentFactory(file=pdf_upload())
    document.programmes.add(programme)

    page = client.get(f"/fr/documents/?programme={programme.pk}").content.decode()

    assert f'href="/en/documents/?programme={programme.pk}" hreflang="en"' in page


def test_the_urls_are_the_same_both_ways_in_both_languages():
    with translation.override("fr"):
        assert reverse("documents:list") == "/fr/documents/"
        assert reverse("documents:file", kwargs={"slug": "rapport"}) == "/fr/documents/rapport/"
    with translation.override("en"):
        assert reverse("documents:list") == "/en/documents/"
        assert reverse("association:partners") == "/en/partners/"
    with translation.override("fr"):
        assert reverse("association:partners") == "/fr/partenaires/"


def build_documents(count, programme):
    start = Document.objects.count()
    rows = Document.objects.bulk_create(
        Document(
            title_fr=f"Rapport {start + n}",
            title_en=f"Report {start + n}",
            slug_fr=f"rapport-{start + n}",
            slug_en=f"report-{start + n}",
            kind=list(Kind)[n % len(Kind)],
            year=2000 + n % 25,
            **stored_document_fields(start + n),
        )
        for n in range(count)
    )
    Document.programmes.through.objects.bulk_create(
        Document.programmes.through(document_id=row.pk, programme_id=programme.pk) for row in rows
    )
    # Rows written in bulk send no save signal: the page cache must learn of them.
    invalidate()


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def test_the_documents_pages_make_the_same_number_of_queries_with_5_and_1000_documents(client):
    programme = ProgrammeFactory()
    FundingFactory(programme=programme)
    build_documents(5, programme)
    paths = [
        "/fr/documents/",
        "/en/documents/?kind=evaluation",
        f"/fr/documents/?programme={programme.pk}&year=2003",
        "/fr/",
        programme.get_absolute_url(),
    ]
    few = {path: count_queries(client, path) for path in paths}

    build_documents(995, programme)
    many = {path: count_queries(client, path) for path in paths}

    assert few == many
