"""A PDF that would keep a worker busy for long is refused with a clear message, before the
gunicorn timeout turns the upload into a 502 (#22)."""

import time

import pytest

from documents import pdf
from documents.models import Document
from tests.documents.test_pdf_uploads import post_document
from tests.images import upload
from tests.pdfs import flate_bomb, make_pdf

pytestmark = pytest.mark.django_db


def post_pdf(staff_client, content):
    return post_document(staff_client, file=upload("rapport.pdf", content, "application/pdf"))


def test_a_pdf_of_too_many_pages_is_refused(staff_client):
    response = post_pdf(staff_client, make_pdf(pages=1001))

    assert "Ce PDF compte 1\xa0001 pages\u202f; les documents en comptent au plus 1\xa0000." in (
        response.content.decode()
    )
    assert not Document.objects.exists()


def test_a_stream_inflating_beyond_its_limit_is_refused(staff_client):
    response = post_pdf(staff_client, make_pdf(customise=flate_bomb(streams=1, megabytes=100)))

    assert "Ce PDF est trop lourd à lire" in response.content.decode()
    assert not Document.objects.exists()


def test_streams_inflating_beyond_the_total_limit_are_refused(staff_client):
    started = time.monotonic()

    response = post_pdf(staff_client, make_pdf(customise=flate_bomb(streams=5, megabytes=60)))

    assert "Ce PDF est trop lourd à lire" in response.content.decode()
    assert "256,0\xa0Mo" in response.content.decode()
    assert not Document.objects.exists()
    assert time.monotonic() - started < 10


def test_a_pdf_slower_to_read_than_the_budget_is_refused(staff_client, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_READING_SECONDS", 0)

    response = post_pdf(staff_client, make_pdf(pages=3))

    assert "La lecture de ce PDF prend trop de temps" in response.content.decode()
    assert not Document.objects.exists()
