"""Abstract models and QuerySets every content app builds on, and the machinery's own rows."""

from django.db import models
from django.db.models import F, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def published_field():
    """The box staff untick to take a record off the public site."""
    return models.BooleanField(
        _("published"), default=True, help_text=_("Untick to hide it from the public site.")
    )


def slug_field(help_text=None):
    """The end of a record's own page address, translated like its title."""
    return models.SlugField(
        _("web address"),
        max_length=120,
        unique=True,
        help_text=help_text
        or _("The end of the page address: lowercase letters, digits and hyphens."),
    )


def order_field(help_text=None):
    """Where staff place a record among its kind."""
    return models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=help_text or _("Smaller numbers come first.")
    )


class SeededModel(models.Model):
    """A record that `seed_content` may create.

    `seed_key` is the natural key the seed command looks records up by. It is never shown
    or edited, so staff can rename or re-slug a seeded record and the next run still
    recognises it instead of creating a duplicate.
    """

    seed_key = models.CharField(max_length=80, unique=True, null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    to_confirm = models.BooleanField(
        _("to confirm"),
        default=False,
        help_text=_(
            "Ticked for values taken from old documents or placeholders: check them, then untick."
        ),
    )

    class Meta:
        abstract = True


class ConfirmNoteModel(models.Model):
    """For kinds whose seeded facts a fact-check found unsourced (#26): what to check, shown
    beside "to confirm" in the admin and by `launch_check`."""

    confirm_note = models.CharField(
        _("what to check"),
        max_length=300,
        blank=True,
        help_text=_("What is unsure in this record and where to check it."),
    )

    class Meta:
        abstract = True


class ScheduledQuerySet(models.QuerySet):
    """Rows shown to the public: published, and inside their publication dates if any.

    `published()` is the one filter every public view uses, so a programme or event appears
    and disappears on time without a cron job (#8).
    """

    def published(self, now=None):
        now = now or timezone.now()
        return self.filter(
            Q(publish_from__isnull=True) | Q(publish_from__lte=now),
            Q(publish_until__isnull=True) | Q(publish_until__gt=now),
            is_published=True,
        )

    def scheduled(self, now=None):
        """Published, but waiting for their first day on the site."""
        return self.filter(is_published=True, publish_from__gt=now or timezone.now())

    def ended(self, now=None):
        """Published, but past their last day on the site."""
        return self.filter(is_published=True, publish_until__lte=now or timezone.now())

    def next_publication_change(self, now=None):
        """The next moment a published row appears or disappears by its dates, or None."""
        now = now or timezone.now()
        # The filter repeats the aggregates' own, so that only scheduled rows are read.
        scheduled = Q(publish_from__gt=now) | Q(publish_until__gt=now)
        moments = self.filter(scheduled, is_published=True).aggregate(
            appears=Min("publish_from", filter=Q(publish_from__gt=now)),
            disappears=Min("publish_until", filter=Q(publish_until__gt=now)),
        )
        return min((moment for moment in moments.values() if moment), default=None)


class ScheduledModel(models.Model):
    publish_from = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Leave empty to show it as soon as it is published."),
    )
    publish_until = models.DateTimeField(
        _("publish until"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep it on the site; it disappears at this moment."),
    )

    class Meta:
        abstract = True

    def is_live(self, now=None):
        """Whether the public sees it now: the row-level twin of `published()`."""
        now = now or timezone.now()
        return (
            self.is_published
            and (self.publish_from is None or self.publish_from <= now)
            and (self.publish_until is None or self.publish_until > now)
        )


def publication_window_constraint(name):
    return models.CheckConstraint(
        condition=Q(publish_from__isnull=True)
        | Q(publish_until__isnull=True)
        | Q(publish_until__gt=F("publish_from")),
        name=name,
        violation_error_message=_("“Publish until” must come after “publish from”."),
    )


class TranslationChange(models.Model):
    """When the texts of one record last changed in one language.

    Kept apart from the content models so that every model registered with modeltranslation,
    including those added later, gets "English to review" without a column of its own (#8).
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    changed_at = models.DateTimeField()

    class Meta:
        # The table keeps the name it had when this model lived in `association` (#14).
        db_table = "association_translationchange"
        verbose_name = _("translation change")
        verbose_name_plural = _("translation changes")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="translation_change_once_per_language",
            ),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.language} {self.changed_at}"
