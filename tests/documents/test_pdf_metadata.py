"""A published PDF keeps its title, never who wrote or reviewed it, nor with what (#22)."""

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import NameObject

from documents.models import Document
from tests.documents.test_pdf_uploads import post_document
from tests.images import upload
from tests.pdfs import annotate, indirect, make_pdf, pdf_object

pytestmark = pytest.mark.django_db

XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:creator><rdf:Seq><rdf:li>Jeanne Martin</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreatorTool>Microsoft® Word pour Microsoft 365</xmp:CreatorTool>
   <pdf:Producer>Microsoft® Word pour Microsoft 365</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def xmp_stream(writer):
    stream = pdf_object(XMP)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    return writer._add_object(stream)


def as_word_exports_it(writer):
    """What a Word export with review comments carries besides its pages."""
    writer.root_object[NameObject("/Metadata")] = xmp_stream(writer)
    page = writer.pages[0]
    page[NameObject("/Metadata")] = xmp_stream(writer)
    page[NameObject("/PieceInfo")] = pdf_object(
        {"/Word": {"/Private": "Jeanne Martin, Paul Diop", "/LastModified": "D:20240301"}}
    )
    writer.root_object[NameObject("/PieceInfo")] = indirect(
        writer, {"/Word": {"/Private": "Paul Diop"}}
    )
    annotate(
        writer,
        {
            "/Subtype": "/Text",
            "/T": "Paul Diop",
            "/Contents": "Chiffre à vérifier",
            "/Popup": indirect(
                writer, {"/Type": "/Annot", "/Subtype": "/Popup", "/T": "Paul Diop"}
            ),
        },
    )


def test_a_word_export_is_published_without_its_authors_and_tools(staff_client):
    exported = make_pdf(customise=as_word_exports_it)
    assert b"Jeanne Martin" in exported

    response = post_document(staff_client, file=upload("rapport.pdf", exported, "application/pdf"))

    assert response.status_code == 302
    with Document.objects.get().file.open("rb") as stored:
        content = stored.read()
    for personal in (b"Jeanne Martin", b"Paul Diop", b"Microsoft", b"xmpmeta", b"/PieceInfo"):
        assert personal not in content
    reader = PdfReader(io.BytesIO(content))
    assert reader.metadata["/Title"] == "Rapport"
    note = reader.pages[0]["/Annots"][0].get_object()
    assert note["/Contents"] == "Chiffre à vérifier"
    assert "/T" not in note
