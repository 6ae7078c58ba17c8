"""`import_wordpress`: a WordPress export carried into the site's content (#24).

The export is read streaming, never held whole: once to the end first (`survey`: proves the
file safe and complete, and learns which attachment, parent and translation each item names),
then item by item to write. An item whose French original or parent page comes later in the
file waits for another read, so a pair always starts from its French item and a page always
lands under its parent. All writes happen in one transaction: a run that fails half-way leaves
nothing behind; `--dry-run` runs the same code, checks every file, stores none and rolls back.

Each WordPress item is remembered (`ImportedItem`, keyed by its ID and GUID) with the record
it became and that record's "last changed" time. A second run finds the record again instead
of doubling it, updates it when the export changed, and leaves it alone when staff edited it
since (reported).
"""

import datetime
import html
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext

from core import images
from documents import pdf
from documents.models import Document
from documents.models import Kind as DocumentKind
from news.models import NewsPost
from pages.addresses import reserved_slugs
from pages.models import Page
from wordpress import content, fetch, links, redirects, sections, wxr
from wordpress.ledger import Ledger
from wordpress.models import ImportedItem, ImportRun, Kind
from wordpress.programmes import ProgrammeMatcher
from wordpress.report import Report
from wordpress.survey import survey

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = LANGUAGE_CODES[0]
PUBLIC_STATUSES = {"publish", "future"}
UNPUBLISHED_STATUSES = {"draft", "pending", "private"}
IMPORTED_TYPES = {"post", "page", "attachment"}
SLUG_LENGTH = 120


def label(item):
    title = html.unescape(item.title).strip() or gettext("(untitled)")
    return f"{item.post_type} {item.wp_id} “{title}”"


def title_of(item):
    return (html.unescape(item.title).strip() or gettext("(untitled)"))[:200]


class Importer:
    def __init__(
        self,
        path,
        *,
        uploads=None,
        dry_run=False,
        programme_map=None,
        progress=None,
        fetch=False,
    ):
        self.path = Path(path)
        self.uploads = Path(uploads).resolve() if uploads else None
        self.dry_run = dry_run
        self.fetch = fetch
        self.programme_map = programme_map
        self.progress = progress or (lambda done, total: None)
        self.report = Report(self.path.name, dry_run=dry_run)
        self.survey = None
        self.programmes = None
        self.ledger = Ledger()
        self.done = set()
        self.used_attachments = set()
        self.redirects = redirects.RedirectWriter(self.report)
        # (model, pk) of every record written in this run, for the links pass.
        self.written = []

    def run(self):
        """Import the export; raise wxr.RefusedExport, having written nothing, on a bad file."""
        self.survey = survey(self.path)
        self.programmes = ProgrammeMatcher(self.programme_map, self.report)
        self.ledger.load()
        with transaction.atomic():
            waiting = self.read_pass()
            while waiting:
                # Each further read imports what waited for an item of the previous one.
                still_waiting = self.read_pass(waiting)
                if still_waiting == waiting:
                    # A parent missing from the export, or a loop: import them as they are.
                    self.read_pass(waiting, force=True)
                    break
                waiting = still_waiting
            self.report_unused_images()
            self.redirects.flush()
            links.rewrite(
                self.report, self.written, self.survey.old_hosts(), self.redirects.addresses
            )
            if self.dry_run:
                transaction.set_rollback(True)
            else:
                ImportRun.objects.create(export_name=self.path.name, report=self.report.as_dict())
        return self.report

    def read_pass(self, wanted=None, force=False):
        """Import the items of the export (those of `wanted` if given) that are ready;
        return the IDs of those that wait for another."""
        waiting = set()
        for entry in wxr.read(self.path):
            if isinstance(entry, wxr.Site) or (wanted is not None and entry.wp_id not in wanted):
                continue
            if not force and not self.is_ready(entry):
                waiting.add(entry.wp_id)
                continue
            self.import_item(entry)
            self.done.add(entry.wp_id)
            self.progress(len(self.done), self.survey.items)
        return waiting

    def is_ready(self, item):
        source = self.survey.translations(item).get(SOURCE_LANGUAGE)
        if source not in (None, item.wp_id) and source not in self.done:
            return False
        parent = self.survey.page_parents.get(item.wp_id)
        return not parent or parent not in self.survey.page_parents or parent in self.done

    # Items

    def import_item(self, item):
        if item.post_type not in IMPORTED_TYPES:
            self.report.skip_type(item.post_type)
        elif item.post_type == "attachment":
            self.import_attachment(item)
        elif item.status not in PUBLIC_STATUSES | UNPUBLISHED_STATUSES:
            self.report.count("news" if item.post_type == "post" else "page", "skipped")
            self.report.note("skipped_status", label(item))
        elif item.post_type == "post":
            self.import_post(item)
        else:
            self.import_page(item)

    def import_post(self, item):
        imported, record = self.existing(item, NewsPost)
        if self.is_kept(item, imported, record, "news"):
            return
        language = self.language_of(item)
        blocks = content.clean(item.content)
        title = title_of(item)
        texts = {
            "title": title,
            "summary": (content.plain(item.excerpt) or content.summary(blocks) or title)[:400],
            "body": content.as_rich_text(blocks),
        }
        record = record or NewsPost()
        self.set_texts(record, item, texts)
        if self.governs(item):
            outcome = self.set_status(record, item)
            published = item.published_at() or self.local_date(item)
            record.published_on = timezone.localdate(published) if published else None
        image = self.choose_image(item, blocks)
        attached = self.attach_image(item, record, image, language) if image else None
        created = record.pk is None
        self.save(record)
        if self.governs(item):
            programmes = self.programmes.of(item)
            if created:
                # A new post has none yet: adding spares reading them first.
                record.programmes.add(*programmes)
            else:
                record.programmes.set(programmes)
            self.report.count("news", outcome)
            self.report.count("news", "created" if created else "updated")
        self.remember(item, record, language)
        if attached:
            self.remember_image(attached, record, language)

    def import_page(self, item):
        imported, record = self.existing(item, Page)
        if self.is_kept(item, imported, record, "page"):
            return
        language = self.language_of(item)
        blocks = content.clean(item.content)
        title = title_of(item)
        intro = content.plain(item.excerpt) or content.summary(blocks) or title
        record = record or Page()
        if self.governs(item):
            outcome = self.set_status(record, item)
            record.parent = self.ledger.record_of(self.survey.page_parents.get(item.wp_id), Page)
            record.order = item.menu_order
        self.set_texts(record, item, {"title": title, "introduction": intro[:400]})
        featured = self.featured_image(item)
        attached = self.attach_image(item, record, featured, language) if featured else None
        created = record.pk is None
        self.save(record)
        if self.governs(item):
            self.report.count("page", outcome)
            self.report.count("page", "created" if created else "updated")
        for attachment in sections.write(self, item, record, blocks, language):
            self.used_attachments.add(attachment.wp_id)
        self.remember(item, record, language)
        if attached:
            self.remember_image(attached, record, language)

    def import_attachment(self, item):
        attachment = self.survey.attachments[item.wp_id]
        if attachment.is_pdf:
            self.import_document(item, attachment)
        elif not attachment.is_image:
            self.report.note("other_attachment", label(item))

    def import_document(self, item, attachment):
        imported, record = self.existing(item, Document)
        if self.is_kept(item, imported, record, "document"):
            return
        language = self.language_of(item)
        upload = self.read_upload(item, attachment, limit=pdf.max_upload_bytes())
        if upload is None:
            return
        try:
            pdf.check_upload(upload)
        except ValidationError as error:
            self.report.count("document", "skipped")
            self.report.note("refused_pdf", f"{label(item)}: {' '.join(error.messages)}")
            return
        title = title_of(item) if item.title.strip() else posixpath.basename(attachment.file)
        record = record or Document(kind=DocumentKind.OTHER, to_confirm=True)
        self.set_texts(record, item, {"title": title, "summary": attachment.caption[:600]})
        record.language = language
        published = item.published_at() or self.local_date(item)
        if published:
            record.date = timezone.localdate(published)
            record.year = record.date.year
        # A WordPress upload was public whatever its post's status: so is the document.
        record.is_published = True
        if not self.dry_run:
            record.file = upload
        created = record.pk is None
        self.save(record)
        self.report.count("document", "created" if created else "updated")
        self.used_attachments.add(item.wp_id)
        self.remember(item, record, language, uploads=[attachment])

    # Finding records again

    def existing(self, item, model):
        """The item's import record and the record it became, or that its translation became."""
        imported = self.ledger.get(item.wp_id, item.guid)
        if imported is not None and not imported.field:
            return imported, imported.record
        for wp_id in self.survey.translations(item).values():
            record = self.ledger.record_of(wp_id, model) if wp_id != item.wp_id else None
            if record is not None:
                return None, record
        return None, None

    def is_kept(self, item, imported, record, kind):
        """Whether to leave the record as it is: staff changed it, or nothing changed."""
        if imported is None:
            return False
        governs = self.governs(item)
        if record is None or record.updated_at > imported.written_at:
            if governs:
                self.report.count(kind, "kept")
            self.report.note("kept", label(item))
        elif item.modified_gmt and item.modified_gmt == imported.wp_modified:
            if governs:
                self.report.count(kind, "unchanged")
        else:
            return False
        if record is not None:
            self.used_attachments.update(row.wp_id for row in self.ledger.rows_of(record, "image"))
        return True

    # Texts, slugs, statuses

    def language_of(self, item):
        return item.language if item.language in LANGUAGE_CODES else SOURCE_LANGUAGE

    def has_source(self, item):
        return SOURCE_LANGUAGE in self.survey.translations(item)

    def governs(self, item):
        """Whether the item sets the record's status, date and place: the French one of a
        pair, or an item without French."""
        return self.language_of(item) == SOURCE_LANGUAGE or not self.has_source(item)

    def set_texts(self, record, item, texts):
        """The texts in the item's language; an item with no French also fills the French,
        which the site requires, for staff to translate."""
        languages = [self.language_of(item)]
        if languages[0] != SOURCE_LANGUAGE and not self.has_source(item):
            languages.append(SOURCE_LANGUAGE)
            record.to_confirm = True
            self.report.note("english_only", label(item))
        # WordPress keeps non-ASCII slugs percent-encoded ("%c3%a9t%c3%a9"): the site's
        # slugs are ASCII, so "été" becomes "ete". An attachment's slug is its file's name
        # ("img_2041"): a document takes its title's.
        name = "" if item.post_type == "attachment" else unquote(item.name)
        slug = slugify(name) or slugify(texts["title"]) or f"page-{item.wp_id}"
        for language in languages:
            for name, value in texts.items():
                setattr(record, f"{name}_{language}", value)
            if (
                isinstance(record, Page)
                and record.parent
                and not getattr(record.parent, f"path_{language}")
            ):
                # A page's address nests under its parent's, which has none in this language
                # yet: the page gets its own once staff give the parent one.
                self.report.note("no_parent_address", f"{label(item)} ({language})")
                continue
            setattr(record, f"slug_{language}", self.unique_slug(record, language, slug))

    def unique_slug(self, record, language, slug):
        slug = slug[:SLUG_LENGTH].strip("-")
        candidate, number = slug, 1
        while self.slug_is_taken(record, language, candidate):
            number += 1
            suffix = f"-{number}"
            candidate = slug[: SLUG_LENGTH - len(suffix)] + suffix
        return candidate

    def slug_is_taken(self, record, language, slug):
        others = type(record)._base_manager.exclude(pk=record.pk)
        if not isinstance(record, Page):
            return others.filter(**{f"slug_{language}": slug}).exists()
        # A page's slug is unique among its siblings, and a top page's never shadows a
        # section of the site (#23).
        if record.parent_id is None and slug in reserved_slugs(language):
            return True
        parent_path = getattr(record.parent, f"path_{language}", None) if record.parent else None
        path = f"{parent_path}/{slug}" if parent_path else slug
        return others.filter(**{f"path_{language}": path}).exists()

    def set_status(self, record, item):
        if item.password or item.status in UNPUBLISHED_STATUSES:
            record.is_published = False
            record.publish_from = None
            why = pgettext("WordPress status", "password") if item.password else item.status
            self.report.note("unpublished", f"{label(item)} ({why})")
            return "unpublished"
        record.is_published = True
        if item.status == "future":
            record.publish_from = item.published_at()
            return "scheduled"
        record.publish_from = None
        return "published"

    def local_date(self, item):
        """The post's local date, for a draft WordPress gave no GMT date."""
        if not item.date or item.date.startswith("0000"):
            return None
        return timezone.make_aware(datetime.datetime.fromisoformat(item.date))

    # Images and files

    def featured_image(self, item):
        thumbnail = item.meta.get("_thumbnail_id", "").strip()
        return self.survey.attachments.get(int(thumbnail)) if thumbnail.isdigit() else None

    def attachment_of(self, ref):
        return self.survey.attachments.get(ref.attachment_id) or self.survey.attachment_at(ref.src)

    def choose_image(self, item, blocks):
        """The featured image, or the first picture of the text; the others are reported."""
        chosen = self.featured_image(item)
        for kind, ref in blocks:
            if kind != "image":
                continue
            attachment = self.attachment_of(ref)
            if chosen is None and attachment is not None:
                chosen = attachment
            elif attachment is not chosen:
                self.report.note("extra_image", f"{label(item)}: {ref.src or ref.attachment_id}")
        return chosen

    def attach_image(self, item, record, attachment, language, field="image"):
        """Give the record the attachment's picture, unless it has it already (from this
        attachment, or from its translation: Polylang copies an attachment per language)."""
        alt = html.unescape(attachment.alt)[:250]
        if record.pk and self.has_image_from(record, attachment, field):
            if alt:
                setattr(record, f"{field}_alt_{language}", alt)
            self.used_attachments.add(attachment.wp_id)
            return None
        upload = self.read_upload(item, attachment, limit=settings.IMAGE_MAX_UPLOAD_BYTES)
        if upload is None:
            return None
        try:
            images.check_upload(upload)
        except ValidationError as error:
            self.report.count("image", "skipped")
            self.report.note("refused_image", f"{attachment.file}: {' '.join(error.messages)}")
            return None
        if not self.dry_run:
            setattr(record, field, upload)
        setattr(record, f"{field}_alt_{language}", alt)
        setattr(record, f"{field}_caption_{language}", content.plain(attachment.caption)[:250])
        if not alt:
            self.report.note("no_alt", f"{label(item)}: {attachment.file}")
        self.report.count("image", "created")
        self.used_attachments.add(attachment.wp_id)
        return attachment

    def has_image_from(self, record, attachment, field):
        earlier = [row.wp_id for row in self.ledger.rows_of(record, field)]
        files = {
            self.survey.attachments[wp_id].file
            for wp_id in earlier
            if wp_id in self.survey.attachments
        }
        return attachment.wp_id in earlier or attachment.file in files

    def read_upload(self, item, attachment, limit):
        """The file from the uploads folder (or, with --fetch, the old site), or None."""
        path = self.upload_file(attachment)
        name = posixpath.basename(attachment.file or urlsplit(attachment.url).path)
        if path is not None:
            with path.open("rb") as file:
                # One byte more than the cap is enough for the checks to refuse it.
                return ContentFile(file.read(limit + 1), name=name)
        kind = "document" if attachment.is_pdf else "image"
        what = f"{label(item)}: {attachment.file or attachment.url}"
        if self.fetch and attachment.url:
            try:
                data = fetch.download(attachment.url, self.survey.old_hosts(), limit)
            except fetch.FetchError as error:
                self.report.count(kind, "skipped")
                self.report.note("not_fetched", f"{what} ({error})")
                return None
            return ContentFile(data, name=name)
        self.report.count(kind, "skipped")
        self.report.note("missing_file", what)
        return None

    def upload_file(self, attachment):
        if self.uploads is None or not attachment.file:
            return None
        path = (self.uploads / attachment.file).resolve()
        # An attachment path of "../../etc/passwd" must not leave the uploads folder.
        if not path.is_relative_to(self.uploads) or not path.is_file():
            return None
        return path

    def report_unused_images(self):
        for attachment in self.survey.attachments.values():
            if attachment.is_image and attachment.wp_id not in self.used_attachments:
                self.report.count("image", "skipped")
                self.report.note("unused_image", attachment.file or attachment.url)

    # Remembering items and their old addresses

    def save(self, record):
        record.save()
        self.written.append((type(record), record.pk))

    def remember(self, item, record, language, uploads=()):
        fields = {
            "kind": item.post_type,
            "language": language,
            "content_type": ContentType.objects.get_for_model(record),
            "object_id": record.pk,
            "field": "",
            "wp_modified": item.modified_gmt,
            "written_at": record.updated_at,
        }
        self.ledger.keep(item.wp_id, item.guid, fields, replace=True)
        if len(self.survey.translations(item)) > 1:
            # The translations of the same record were written before this save.
            ImportedItem.objects.of_record(record).update(written_at=record.updated_at)
            for row in self.ledger.rows_of(record):
                row.written_at = record.updated_at
        paths = redirects.item_paths(item)
        for attachment in uploads:
            paths += redirects.attachment_paths(attachment)
        self.redirects.point(paths, record=record, language=language)

    def remember_image(self, attachment, record, language, field="image", owner=None):
        """Remember that the attachment became the image of `record` (shown by `owner`,
        the page of a section), and lead its old addresses to it."""
        fields = {
            "kind": Kind.ATTACHMENT,
            "language": language,
            "content_type": ContentType.objects.get_for_model(record),
            "object_id": record.pk,
            "field": field,
            "written_at": record.updated_at if owner is None else timezone.now(),
        }
        self.ledger.keep(attachment.wp_id, attachment.guid, fields, replace=False)
        self.redirects.point_to_image(attachment, getattr(record, field), owner or record, language)
