"""PDF files staff upload as documents (#16): checked, cleaned and read once, at upload.

pypdf (pure Python, BSD, kept by the py-pdf project) opens, checks and rewrites the file;
pypdfium2 (Chrome's PDFium, Apache/BSD wheels for every platform) renders the cover.

1. `check_upload` refuses, with a clear message, anything but a PDF that pypdf opens: a
   renamed file, an empty or truncated file, an encrypted PDF, a file over
   `DOCUMENT_MAX_UPLOAD_BYTES`, and a PDF carrying JavaScript, embedded files, media or
   any action but going to one of its pages and, from a link, opening a web page (#22).
   Those are refused rather than stripped: removing them silently would publish a file
   that differs from the one staff checked, and a plain "Save as PDF" removes them.
2. `prepare` rewrites the file without its author, producer and creator metadata (the
   document information dictionary, every XMP stream, applications' private data and the
   authors of annotations), counts its pages, extracts its text for the site search and
   renders its first page as a cover image.
"""

import io
import logging
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter, apply_configuration
from pypdf.errors import LimitReachedError, PyPdfError
from pypdf.filters import decode_stream_data
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

logger = logging.getLogger(__name__)

CONTENT_TYPE = "application/pdf"
# The PDF standard lets the header start anywhere in the first kilobyte, and readers
# look for the end-of-file marker in the last one.
HEADER_WINDOW = 1024
# PostgreSQL refuses a tsvector over 1 MB: the search reads this much of a document's text,
# which is far more than any report's words an excerpt or a match needs.
MAX_TEXT_CHARACTERS = 200_000
# The widest cover rendition (core.images) needs no more pixels than this.
COVER_WIDTH = 800
# Metadata kept in the stored copy; the rest (author, producer, creator, dates) goes.
KEPT_METADATA = ("/Title", "/Subject")
PERSONAL_KEYS = ("/Metadata", "/PieceInfo")
# Walking the object graph of a hostile file must end.
MAX_OBJECTS = 500_000
MAX_REFERENCE_HOPS = 32
MAX_CHAINED_ACTIONS = 1_000
# What one upload may cost a worker, well under gunicorn's 30-second timeout (#22): the
# tester's 10,000 pages took 13.5 s, a 50 MB flate bomb 4 s. The association's longest
# report has about a hundred pages; a photo of 4,000 × 5,000 pixels inflates to 60 MB.
MAX_PAGES = 1_000
MAX_STREAM_BYTES = 64 * 1024 * 1024
MAX_INFLATED_BYTES = 256 * 1024 * 1024
MAX_READING_SECONDS = 10
# pypdf stops inflating one stream at these sizes, whatever its filter.
READING_LIMITS = dict.fromkeys(
    (
        "zlib_maximum_output_length",
        "lzw_maximum_output_length",
        "run_length_maximum_output_length",
        "brotli_maximum_output_length",
        "jbig2_maximum_output_length",
        "array_based_stream_maximum_output_length",
    ),
    MAX_STREAM_BYTES,
)

# (what is looked for, the message) — checked in every dictionary of the file.
ACTIVE_CONTENT = {
    "javascript": _(
        "This PDF contains JavaScript, which the site does not publish. Save it again as a "
        "plain PDF (“Print” then “Save as PDF”), then upload that copy."
    ),
    "launch": _(
        "This PDF contains an action that starts another program, which the site does not "
        "publish. Save it again as a plain PDF (“Print” then “Save as PDF”), then upload "
        "that copy."
    ),
    "embedded": _(
        "This PDF carries other files inside it, which the site does not publish. Save it "
        "again as a plain PDF (“Print” then “Save as PDF”), then upload that copy."
    ),
    "action": _(
        "This PDF contains an action that opens another file or address, or sends a form, "
        "which the site does not publish. Save it again as a plain PDF (“Print” then “Save "
        "as PDF”), then upload that copy."
    ),
    "media": _(
        "This PDF contains media, a 3D model or other content that its reader plays, which "
        "the site does not publish. Save it again as a plain PDF (“Print” then “Save as "
        "PDF”), then upload that copy."
    ),
}
# A published PDF may go to its own pages, and from a link open a web page or an e-mail
# (#22): every other action, however its objects are nested or referenced, is refused.
WEB_SCHEMES = ("http://", "https://", "mailto:")
SCRIPT_KEYS = {"/JS", "/JavaScript", "/XFA", "/OnInstantiate"}
EMBEDDED_KEYS = {"/EmbeddedFiles", "/EmbeddedFile", "/EF"}
ANNOTATIONS = {
    "/FileAttachment": "embedded",
    "/RichMedia": "media",
    "/3D": "media",
    "/Movie": "media",
    "/Sound": "media",
    "/Screen": "media",
}
ACTIONS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/GoToE": "embedded",
    "/GoToR": "action",
    "/SubmitForm": "action",
    "/ImportData": "action",
    "/ResetForm": "action",
    "/Hide": "action",
    "/SetOCGState": "action",
    "/Rendition": "media",
    "/Movie": "media",
    "/Sound": "media",
    "/RichMediaExecute": "media",
    "/GoTo3DView": "media",
}


def max_upload_bytes():
    return settings.DOCUMENT_MAX_UPLOAD_MB * 1024 * 1024


def not_a_pdf():
    return ValidationError(
        _("This file is not a PDF. Only PDF documents can be published here."),
        code="not_a_pdf",
    )


def damaged():
    return ValidationError(
        _("This PDF is damaged or incomplete. Export it again, then upload it."),
        code="damaged_pdf",
    )


def too_heavy(limit):
    return ValidationError(
        _(
            "This PDF is too heavy to read: its contents unpack to more than %(limit)s. Save "
            "it again as a plain PDF with lighter images (“Print” then “Save as PDF”), then "
            "upload that copy."
        ),
        code="pdf_too_heavy",
        params={"limit": filesizeformat(limit)},
    )


class ReadingBudget:
    """The time and the inflated bytes reading one upload may cost (#22)."""

    def __init__(self):
        self.deadline = time.monotonic() + MAX_READING_SECONDS
        self.inflated = 0

    def is_spent(self):
        return time.monotonic() > self.deadline

    def check_time(self):
        if self.is_spent():
            raise ValidationError(
                _(
                    "Reading this PDF takes too long (over %(seconds)s seconds). Save it again "
                    "as a plain PDF (“Print” then “Save as PDF”), then upload that copy."
                ),
                code="pdf_too_slow",
                params={"seconds": MAX_READING_SECONDS},
            )

    def inflate(self, stream):
        try:
            size = len(decode_stream_data(stream))
        except LimitReachedError:
            raise too_heavy(MAX_STREAM_BYTES) from None
        except Exception:
            # A filter pypdf cannot undo (images, mostly) or a damaged stream that readers
            # skip: its stored bytes count, as they do for the upload's weight.
            size = len(stream._data)
        self.inflated += size
        if self.inflated > MAX_INFLATED_BYTES:
            raise too_heavy(MAX_INFLATED_BYTES)


def check_upload(file):
    """Raise a ValidationError unless `file` is a plain PDF that pypdf opens, within the cap."""
    if file.size > max_upload_bytes():
        raise ValidationError(
            _("This file weighs %(size)s; documents may weigh at most %(limit)s."),
            code="file_too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(max_upload_bytes()),
            },
        )
    if not file.size:
        raise ValidationError(_("This file is empty."), code="empty_file")
    file.seek(0)
    try:
        data = file.read()
    finally:
        file.seek(0)
    if b"%PDF-" not in data[:HEADER_WINDOW]:
        raise not_a_pdf()
    if b"%%EOF" not in data[-HEADER_WINDOW:]:
        raise damaged()
    try:
        with apply_configuration(**READING_LIMITS):
            found = check_content(data)
    except ValidationError:
        raise
    except LimitReachedError:
        raise too_heavy(MAX_STREAM_BYTES) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise damaged() from None
    if found:
        raise ValidationError(ACTIVE_CONTENT[found], code=f"pdf_{found}")


def check_content(data):
    """The key of ACTIVE_CONTENT the file holds, or None; a ValidationError when it is
    encrypted, empty or costs more to read than the budget."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise ValidationError(
            _(
                "This PDF is protected by a password or encrypted. Save a copy without "
                "protection, then upload it."
            ),
            code="encrypted_pdf",
        )
    pages = len(reader.pages)
    if not pages:
        raise damaged()
    if pages > MAX_PAGES:
        raise ValidationError(
            _("This PDF has %(count)s pages; documents may have at most %(limit)s."),
            code="pdf_too_many_pages",
            params={
                "count": formats.number_format(pages, force_grouping=True),
                "limit": formats.number_format(MAX_PAGES, force_grouping=True),
            },
        )
    return active_content(reader, ReadingBudget())


def resolved(value):
    """The object an indirect reference points to: every value the checks read goes through
    here, or an indirect `/S` hides a launch action (#22)."""
    for _hop in range(MAX_REFERENCE_HOPS):
        if not isinstance(value, IndirectObject):
            return value
        value = value.get_object()
    raise damaged()


def active_content(reader, budget):
    """The key of ACTIVE_CONTENT the file holds, or None; every stream is inflated once, to
    hold the file to the budget before the text and the cover are read."""
    seen = set()
    pending = [reader.trailer]
    while pending:
        if len(seen) > MAX_OBJECTS:
            raise damaged()
        budget.check_time()
        item = pending.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = resolved(item)
        if isinstance(item, DictionaryObject):
            found = dictionary_content(item)
            if found:
                return found
            if isinstance(item, StreamObject):
                budget.inflate(item)
            pending.extend(item.values())
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return None


def dictionary_content(item):
    # XFA forms carry their own scripts, in XML that only their reader runs; a 3D model
    # its own in /OnInstantiate.
    if not SCRIPT_KEYS.isdisjoint(item.keys()):
        return "javascript"
    if not EMBEDDED_KEYS.isdisjoint(item.keys()) or resolved(item.get("/Type")) == "/EmbeddedFile":
        return "embedded"
    subtype = resolved(item.get("/Subtype"))
    if subtype in ANNOTATIONS:
        return ANNOTATIONS[subtype]
    # Action names no page element uses for anything else, wherever they hide.
    if resolved(item.get("/S")) in ACTIONS:
        return ACTIONS[resolved(item.get("/S"))]
    triggers = [(item.get("/A"), subtype == "/Link"), (item.get("/OpenAction"), False)]
    additional = resolved(item.get("/AA"))
    if isinstance(additional, DictionaryObject):
        triggers.extend((action, False) for action in additional.values())
    for action, from_a_link in triggers:
        found = action_content(action, from_a_link=from_a_link)
        if found:
            return found
    return None


def action_content(value, *, from_a_link):
    """What an action (and the actions chained after it with /Next) does beyond going to a
    page of the file or, from a link, opening a web page: a key of ACTIVE_CONTENT or None."""
    pending = [value]
    for _action in range(MAX_CHAINED_ACTIONS):
        if not pending:
            return None
        action = resolved(pending.pop())
        # Anything else is a destination: a page of the file, or a name for one.
        if not isinstance(action, DictionaryObject):
            continue
        kind = resolved(action.get("/S"))
        if kind == "/URI" and not (from_a_link and is_web_address(resolved(action.get("/URI")))):
            return "action"
        if kind not in ("/GoTo", "/URI"):
            return ACTIONS.get(kind, "action")
        chained = resolved(action.get("/Next"))
        pending.extend(chained if isinstance(chained, ArrayObject) else [chained])
    raise damaged()


def is_web_address(value):
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return isinstance(value, str) and value.strip().lower().startswith(WEB_SCHEMES)


@dataclass
class PreparedPdf:
    content: bytes
    page_count: int
    text: str


def prepare(file):
    """The file rewritten without personal metadata, its page count and its text."""
    file.seek(0)
    with apply_configuration(**READING_LIMITS):
        reader = PdfReader(file, strict=False)
        writer = PdfWriter(clone_from=reader)
        kept = {
            key: value for key, value in (reader.metadata or {}).items() if key in KEPT_METADATA
        }
        # Replacing the whole dictionary also drops the "/Producer: pypdf" pypdf writes itself.
        writer.metadata = None
        if kept:
            writer.add_metadata(kept)
        remove_personal_data(writer)
        buffer = io.BytesIO()
        writer.write(buffer)
        text = extract_text(reader, ReadingBudget())
    return PreparedPdf(content=buffer.getvalue(), page_count=len(reader.pages), text=text)


def remove_personal_data(writer):
    """XMP streams (author, producer and creator tool in XML), wherever they hang: on the
    catalog, pages or images; an application's private data (/PieceInfo: Word keeps
    reviewers' names there); and the authors of annotations (/T, on review comments),
    except on form fields, where /T is the field's name. Objects left unreferenced go (#22)."""
    dictionaries = [item for item in writer._objects if isinstance(item, DictionaryObject)]
    for page in writer.pages:
        dictionaries.extend(resolved(item) for item in resolved(page.get("/Annots")) or [])
    for item in dictionaries:
        for key in PERSONAL_KEYS:
            item.pop(NameObject(key), None)
        # /Type is optional on annotations; /Rect and /Subtype are not.
        is_annotation = resolved(item.get("/Type")) == "/Annot" or (
            "/Rect" in item and "/Subtype" in item
        )
        if is_annotation and resolved(item.get("/Subtype")) != "/Widget":
            item.pop(NameObject("/T"), None)
    # pypdf writes every object it holds, referenced or not: the XMP streams would stay.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)


def extract_text(reader, budget):
    parts = []
    length = 0
    for page in reader.pages:
        if budget.is_spent():
            # The search then knows the first pages only; the upload still succeeds.
            logger.warning("Stopped reading the text of a PDF after %s s", MAX_READING_SECONDS)
            break
        try:
            text = page.extract_text() or ""
        except Exception:
            logger.warning("Could not read the text of one page of a PDF", exc_info=True)
            continue
        # PostgreSQL text columns cannot hold NUL characters.
        text = " ".join(text.replace("\x00", " ").split())
        parts.append(text)
        length += len(text) + 1
        if length >= MAX_TEXT_CHARACTERS:
            break
    return "\n".join(parts)[:MAX_TEXT_CHARACTERS]


def render_cover(content):
    """The first page as a JPEG, or None if PDFium cannot draw it."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(content)
        try:
            page = document[0]
            scale = COVER_WIDTH / page.get_width()
            image = page.render(scale=scale).to_pil().convert("RGB")
            if image.width != COVER_WIDTH:  # PDFium rounds the page's size up
                height = round(image.height * COVER_WIDTH / image.width)
                image = image.resize((COVER_WIDTH, height))
        finally:
            document.close()
    except Exception:
        logger.warning("Could not render the first page of a PDF", exc_info=True)
        return None
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


class PdfFormField(forms.FileField):
    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        check_upload(upload)
        return upload

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput):
            attrs["accept"] = CONTENT_TYPE
        return attrs


class PdfField(models.FileField):
    """A PDF checked by `check_upload` in every form that edits it."""

    def formfield(self, **kwargs):
        return super().formfield(**{**kwargs, "form_class": PdfFormField})
