"""What an import from WordPress leaves behind (#24): which record each WordPress item became,
and the report of each run. The old addresses are `core.Redirect` rows (origin "import")."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    POST = "post", _("post")
    PAGE = "page", _("page")
    ATTACHMENT = "attachment", _("attachment")


class ImportedItemQuerySet(models.QuerySet):
    def of_record(self, record):
        return self.filter(
            content_type=ContentType.objects.get_for_model(record), object_id=record.pk
        )


class ImportedItem(models.Model):
    """One WordPress item and the record it became (a news post, a page, a document, or the
    image of one of them when `field` names it)."""

    wp_id = models.PositiveBigIntegerField(_("WordPress ID"))
    guid = models.CharField(_("GUID"), max_length=500)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=10, blank=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    # An attachment that became the image of a record leads to the image's file.
    field = models.CharField(max_length=40, blank=True)
    wp_modified = models.CharField(_("changed in WordPress"), max_length=20, blank=True)
    # The record's "last changed" just after the import wrote it: a later one means staff
    # edited it, and the next import leaves it alone.
    written_at = models.DateTimeField(_("imported"))

    objects = ImportedItemQuerySet.as_manager()

    class Meta:
        ordering = ["wp_id"]
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")
        constraints = [
            models.UniqueConstraint(fields=["wp_id", "guid"], name="imported_item_once"),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.wp_id}"


class ImportRun(models.Model):
    """One run of `import_wordpress`, with its report for staff."""

    started_at = models.DateTimeField(_("started"), default=timezone.now)
    export_name = models.CharField(_("export file"), max_length=255)
    report = models.JSONField(_("report"), default=dict)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("WordPress import")
        verbose_name_plural = _("WordPress imports")

    def __str__(self):
        return f"{self.export_name} ({timezone.localtime(self.started_at):%Y-%m-%d %H:%M})"
