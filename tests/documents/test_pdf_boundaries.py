"""The PDF checks at their edges (#28): a file of exactly the size limit and one byte more, and
the usual “no copy, no print” lock, which sets an owner password only."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader, PdfWriter

from documents.pdf import check_upload
from tests.pdfs import make_pdf

ONE_MIB = 1_048_576


def pdf_weighing(size):
    """A valid PDF of exactly `size` bytes, padded with a stream of random bytes."""
    padding = size
    for _attempt in range(5):
        data = make_pdf(padding=padding)
        if len(data) == size:
            return SimpleUploadedFile("rapport.pdf", data, content_type="application/pdf")
        padding += size - len(data)
    raise AssertionError(f"no PDF of exactly {size} bytes")


def test_a_pdf_of_exactly_the_limit_is_accepted_and_one_byte_more_is_refused(settings):
    settings.DOCUMENT_MAX_UPLOAD_MB = 1

    check_upload(pdf_weighing(ONE_MIB))
    with pytest.raises(ValidationError) as refused:
        check_upload(pdf_weighing(ONE_MIB + 1))

    assert refused.value.code == "file_too_large"


def test_a_pdf_locked_by_an_owner_password_only_is_refused_as_protected():
    writer = PdfWriter(clone_from=PdfReader(BytesIO(make_pdf())))
    # An empty user password: any reader opens it; the owner password only forbids copying.
    writer.encrypt(user_password="", owner_password="verrou", permissions_flag=0)
    buffer = BytesIO()
    writer.write(buffer)

    with pytest.raises(ValidationError) as refused:
        check_upload(SimpleUploadedFile("rapport.pdf", buffer.getvalue()))

    assert refused.value.code == "encrypted_pdf"
