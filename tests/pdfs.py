"""Real PDF files built with pypdf, for the tests and bench/documents.py (#16)."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
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
):
    """The bytes of a PDF with `pages` A4 pages, each showing `text` in Helvetica."""
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
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_upload(name="rapport.pdf", **options):
    return SimpleUploadedFile(name, make_pdf(**options), content_type="application/pdf")
