"""The site search reads the text of the PDFs, in each document's own language (#16)."""

import pytest

from documents.models import Kind, Language
from search.backends import search_site
from tests.factories import DocumentFactory
from tests.pdfs import pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def report():
    return DocumentFactory(
        file=pdf_upload(
            pages=3,
            text="Les latrines des écoles de Podor ont été rénovées avec les parents.",
        ),
        title_fr="Rapport d’activités 2016",
        title_en="Activity report 2016",
        kind=Kind.ACTIVITY_REPORT,
        year=2016,
        language=Language.FRENCH,
        summary_fr="",
        summary_en="",
    )


def test_a_word_inside_the_pdf_finds_the_document_with_its_kind_and_year(client, report):
    html = client.get("/fr/recherche/?q=latrines").content.decode()

    assert "Rapport d’activités 2016 (Rapport d’activités, 2016)" in html
    assert f'href="{report.get_absolute_url()}"' in html
    assert "<mark>latrines</mark>" in html


def test_the_excerpt_is_cut_around_the_match(report):
    [result] = search_site(query="parents", language="fr")

    assert "<mark>parents</mark>" in result.excerpt
    assert len(result.excerpt) < 400


def test_an_english_page_finds_a_french_document_by_its_own_words(client, report):
    html = client.get("/en/search/?q=latrines").content.decode()

    assert "Activity report 2016 (Activity report, 2016)" in html


def test_an_unpublished_document_is_not_found(report):
    report.is_published = False
    report.save()

    assert search_site(query="latrines", language="fr") == []
