"""Real PDF files built with pypdf, for the tests and bench/documents.py (#16)."""

import io
import os
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)


def page_text_stream(lines):
    commands = ["BT", "/F1 12 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        commands.append(f"({escaped}) '")
    commands.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(commands).encode("cp1252"))
    return stream


def make_pdf(
    *,
    pages=1,
    text="Rapport d'activités : l'accès à l'eau dans les écoles.",
    lines_per_page=1,
    author="Jeanne Martin",
    producer="Traitement de texte 12.3",
    javascript=False,
    launch=False,
    embedded_file=False,
    password=None,
    padding=0,
    customise=None,
):
    """The bytes of a PDF with `pages` A4 pages, each showing `text` in Helvetica;
    `customise(writer)` adds what a test needs before the file is written."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    for number in range(1, pages + 1):
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        lines = [f"{text} (page {number})"] * lines_per_page
        page[NameObject("/Contents")] = writer._add_object(page_text_stream(lines))
    writer.add_metadata({"/Title": "Rapport", "/Author": author, "/Producer": producer})
    if javascript:
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('bonjour');"),
            }
        )
        writer.root_object[NameObject("/OpenAction")] = writer._add_object(action)
    if launch:
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/Launch"),
                NameObject("/F"): TextStringObject("calc.exe"),
            }
        )
        writer.root_object[NameObject("/OpenAction")] = writer._add_object(action)
    if embedded_file:
        writer.add_attachment("notes.txt", b"hidden")
    if padding:
        # Random bytes compress to nothing smaller: the file weighs what the test needs.
        filler = DecodedStreamObject()
        filler.set_data(os.urandom(padding))
        writer.root_object[NameObject("/Padding")] = writer._add_object(filler)
    if customise:
        customise(writer)
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_upload(name="rapport.pdf", **options):
    return SimpleUploadedFile(name, make_pdf(**options), content_type="application/pdf")


def pdf_object(value):
    """A pypdf object from Python: "/Name" → name, other str → text, int, list, dict, and
    bytes → a stream; PdfObjects (an indirect reference) stay as they are."""
    if isinstance(value, PdfObject):
        return value
    if isinstance(value, bool):
        return BooleanObject(value)
    if isinstance(value, int):
        return NumberObject(value)
    if isinstance(value, str):
        return NameObject(value) if value.startswith("/") else TextStringObject(value)
    if isinstance(value, list):
        return ArrayObject(pdf_object(item) for item in value)
    if isinstance(value, bytes):
        stream = DecodedStreamObject()
        stream.set_data(value)
        return stream
    return DictionaryObject({NameObject(key): pdf_object(item) for key, item in value.items()})


def indirect(writer, value):
    """`value` stored as its own object, and the reference to it."""
    return writer._add_object(pdf_object(value))


def annotate(writer, annotation, page=0):
    """Add `annotation` (a dict) to a page's /Annots."""
    target = writer.pages[page]
    annotation = {"/Type": "/Annot", "/Rect": [50, 50, 200, 100], **annotation}
    target[NameObject("/Annots")] = ArrayObject([indirect(writer, annotation)])


def flate_bomb(*, streams, megabytes):
    """`customise` for make_pdf: `streams` objects that each inflate to `megabytes` of zeros
    from a few kilobytes, hung on the catalog."""
    compressed = zlib.compress(bytes(megabytes * 1024 * 1024), 9)

    def customise(writer):
        bombs = []
        for _number in range(streams):
            # Written as given: pypdf would compress the data of an encoded stream again.
            stream = DecodedStreamObject()
            stream.set_data(compressed)
            stream[NameObject("/Filter")] = NameObject("/FlateDecode")
            bombs.append(writer._add_object(stream))
        writer.root_object[NameObject("/Bombs")] = ArrayObject(bombs)

    return customise
