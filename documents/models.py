import posixpath
import secrets

from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from association.models import Programme
from core import images
from core.admin_names import AdminNames
from core.content import PublicContent, SearchFields
from core.models import (
    ScheduledModel,
    ScheduledQuerySet,
    SeededModel,
    publication_window_constraint,
    published_field,
    slug_field,
    summary_field,
    title_field,
)
from documents import pdf


def unguessable_folder():
    """A folder name no one finds by trying (#22): the web server hands out any file under
    /media/ to whoever asks, so an unpublished PDF, and the cover drawn from its first
    page, must not sit at an address made of its title. The file keeps its own name in it,
    for whoever downloads it."""
    return secrets.token_urlsafe(16)


class Kind(models.TextChoices):
    ACTIVITY_REPORT = "activity-report", _("Activity report")
    EVALUATION = "evaluation", _("Evaluation")
    NEWSLETTER = "newsletter", _("Newsletter")
    LEAFLET = "leaflet", _("Leaflet")
    OTHER = "other", _("Other document")


class Language(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Another language")


class DocumentQuerySet(ScheduledQuerySet):
    def published(self, now=None):
        # A record without its file (a known report staff have yet to upload) has nothing
        # to show: it stays off every public page until the PDF is there.
        return super().published(now).exclude(file="")

    def launch_problems(self):
        """Known documents whose PDF is still to upload: the public sees none of them (#25)."""
        for document in self.filter(file="").order_by("pk"):
            yield document, gettext("no PDF file yet: upload it to publish the document")

    def in_order(self):
        return self.order_by(models.F("year").desc(nulls_last=True), "-date", "title", "pk")

    def as_links(self):
        """Rows for lists: without the extracted text, which can weigh hundreds of
        kilobytes per row and is only read by the search (#16)."""
        return self.defer("text")

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def for_programme(self, programme):
        """The documents of a programme and of the projects that belong to it."""
        return self.filter(Q(programmes=programme) | Q(programmes__parent=programme)).distinct()

    def latest_activity_report(self):
        return self.of_kind(Kind.ACTIVITY_REPORT).in_order().as_links().first()


class Document(ScheduledModel, SeededModel, PublicContent):
    dashboard_rank = 45
    sitemap_changefreq = "yearly"
    # The text of the PDF is searched in the document's own language (#16).
    search = SearchFields(
        label=pgettext_lazy("search result kind", "Document"),
        title=("title_{lang}",),
        summary=("summary_{lang}",),
        own_language_body=("text",),
        language_field="language",
        excerpt=("summary_{lang}", "text"),
        display_title=lambda document: document.search_title,
    )

    title = title_field(_("e.g. Rapport d’activités 2020."))
    slug = slug_field(
        help_text=_(
            "The end of the document’s address, which stays the same when its file is "
            "replaced: lowercase letters, digits and hyphens."
        )
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        help_text=_("The year it covers or was published, e.g. 2020. Empty if unknown."),
    )
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("Its publication date, if known.")
    )
    language = models.CharField(
        _("language of the document"),
        max_length=10,
        choices=Language.choices,
        default=Language.FRENCH,
        help_text=_("The language the PDF is written in; its text is searched in it."),
    )
    programmes = models.ManyToManyField(
        Programme,
        verbose_name=_("programmes"),
        blank=True,
        related_name="documents",
        help_text=_("The programmes it is about; it is listed on their pages."),
    )
    summary = summary_field(
        _("One or two sentences on what the document holds."), max_length=600, blank=True
    )
    file = pdf.PdfField(
        _("PDF file"),
        upload_to="documents/",
        blank=True,
        help_text=_(
            "A PDF file. Uploading a new one replaces the old one at the same address, so "
            "links already shared keep working."
        ),
    )
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    file_size = models.PositiveBigIntegerField(
        _("file size"), null=True, blank=True, editable=False
    )
    text = models.TextField(_("text of the PDF"), blank=True, editable=False)
    cover = images.ResponsiveImageField(
        _("cover"),
        upload_to="documents/covers/",
        blank=True,
        renditions_field="cover_renditions",
        help_text=_(
            "Leave empty to show the first page of the PDF; upload an image to show it "
            "instead. It needs no description: it stands next to the title."
        ),
    )
    cover_renditions = images.renditions_field()
    # Whether the cover was drawn from the PDF (and is drawn again with a new file) or
    # chosen by staff (and kept).
    cover_is_rendered = models.BooleanField(default=False, editable=False)
    is_published = published_field()

    objects = DocumentQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a document"),
        the=pgettext_lazy("admin heading", "the document"),
    )

    class Meta:
        ordering = ["-year", "-date", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            publication_window_constraint("document_publish_until_after_publish_from"),
        ]

    # A cover is decorative next to the document's title (#16).
    cover_is_decorative = True
    cover_alt = ""

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("documents:file", kwargs={"slug": self.slug})

    def get_preview_url(self):
        # Staff open an unpublished document's file at its own address.
        return self.get_absolute_url()

    @property
    def search_title(self):
        details = ", ".join(str(part) for part in (self.get_kind_display(), self.year) if part)
        return f"{self.title} ({details})"

    def in_language(self):
        """“in French”, as the end of a link to the document says it."""
        return {
            Language.FRENCH: gettext("in French"),
            Language.ENGLISH: gettext("in English"),
        }.get(self.language, gettext("in another language"))

    def size_text(self):
        """“2,4 Mo” on a French page, “2.4 MB” on an English one: decimal units, as file
        managers show them, in the page's number format."""
        if self.file_size is None:
            return ""
        if self.file_size < 1_000_000:
            kilobytes = formats.number_format(max(1, round(self.file_size / 1000)), 0)
            text = gettext("%(size)s kB") % {"size": kilobytes}
        else:
            megabytes = formats.number_format(round(self.file_size / 1_000_000, 1), 1)
            text = gettext("%(size)s MB") % {"size": megabytes}
        # The number and its unit stay on one line.
        return text.replace(" ", "\N{NO-BREAK SPACE}")

    @property
    def hreflang(self):
        """The language to announce on a link from a page in `page_language`, if known."""
        return self.language if self.language in (Language.FRENCH, Language.ENGLISH) else ""

    @property
    def dated(self):
        """The date or, failing it, the year the document belongs to (for funding notes)."""
        return self.date or self.year

    def save(self, *args, **kwargs):
        self.prepare_files()
        super().save(*args, **kwargs)

    def prepare_files(self):
        """Clean a new PDF and read it once; draw the cover when staff chose none."""
        new_pdf = bool(self.file) and not self.file._committed
        new_cover = bool(self.cover) and not self.cover._committed
        content = None
        if new_pdf:
            previous = self.previous_file()
            prepared = pdf.prepare(self.file.file)
            content = prepared.content
            stem = slugify(posixpath.splitext(posixpath.basename(self.file.name))[0]) or "document"
            self.file = ContentFile(content, name=f"{unguessable_folder()}/{stem}.pdf")
            self.page_count = prepared.page_count
            self.file_size = len(content)
            self.text = prepared.text
            if previous:
                storage = self.file.storage
                transaction.on_commit(lambda: storage.delete(previous))
        elif not self.file:
            self.page_count = self.file_size = None
            self.text = ""
        if new_cover:
            self.cover_is_rendered = False
        elif self.file and (not self.cover or (new_pdf and self.cover_is_rendered)):
            if content is None:
                with self.file.open("rb") as stored:
                    content = stored.read()
            drawing = pdf.render_cover(content)
            if drawing:
                self.cover = ContentFile(
                    drawing, name=f"{unguessable_folder()}/{self.slug or 'document'}.jpg"
                )
                self.cover_is_rendered = True

    def previous_file(self):
        if self.pk is None:
            return None
        return type(self)._base_manager.filter(pk=self.pk).values_list("file", flat=True).first()
