"""Abstract models and QuerySets every content app builds on, and the machinery's own rows."""

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.content import PublicContent, PublicQuerySet
from core.rich_text import RichTextField


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


def title_field(help_text=""):
    """The heading of a record's page and of its card in lists."""
    return models.CharField(_("title"), max_length=200, help_text=help_text)


def summary_field(help_text=None, max_length=400, blank=False):
    """The sentence or two lists, feeds and search engines show of a record."""
    return models.TextField(
        _("summary"),
        max_length=max_length,
        blank=blank,
        help_text=help_text or _("One or two sentences, shown in lists and to search engines."),
    )


def text_field(help_text=""):
    """The sanitised rich text of a record's page."""
    return RichTextField(_("text"), blank=True, help_text=help_text)


def order_field(help_text=None):
    """Where staff place a record among its kind."""
    return models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=help_text or _("Smaller numbers come first.")
    )


class SeededModel(PublicContent):
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

    def last_changed(self):
        return self.updated_at


class PublishedQuerySet(PublicQuerySet):
    def published(self):
        return self.filter(is_published=True)


class PublishedModel(PublicContent):
    """A kind staff hide from the public with its `is_published` box (`published_field()`,
    declared by the kind so that its forms keep their order); its QuerySet builds on
    `PublishedQuerySet`. core.checks holds the three together."""

    class Meta:
        abstract = True

    def is_live(self, now=None):
        return self.is_published


class ScheduledQuerySet(PublishedQuerySet):
    """Rows shown to the public: published, and inside their publication dates if any.

    `published()` is the one filter every public view uses, so a programme or event appears
    and disappears on time without a cron job (#8).
    """

    def published(self, now=None):
        now = now or timezone.now()
        return (
            super()
            .published()
            .filter(
                Q(publish_from__isnull=True) | Q(publish_from__lte=now),
                Q(publish_until__isnull=True) | Q(publish_until__gt=now),
            )
        )

    def scheduled(self, now=None):
        """Published, but waiting for their first day on the site."""
        return self.filter(is_published=True, publish_from__gt=now or timezone.now())

    def ended(self, now=None):
        """Published, but past their last day on the site."""
        return self.filter(is_published=True, publish_until__lte=now or timezone.now())

    def publication_moments(self, now):
        """Queries of the moments after `now` at which a published row appears or leaves by
        its dates (PublicContent.change_moments)."""
        published = self.filter(is_published=True).order_by()
        return [
            published.filter(publish_from__gt=now).values_list("publish_from", flat=True),
            published.filter(publish_until__gt=now).values_list("publish_until", flat=True),
        ]


class ScheduledModel(PublishedModel):
    """A published kind that also appears and leaves on dates; its QuerySet builds on
    `ScheduledQuerySet`, and every cached page goes stale at its next date by itself."""

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

    @classmethod
    def change_moments(cls, now):
        return cls._default_manager.publication_moments(now)

    def is_live(self, now=None):
        now = now or timezone.now()
        return (
            super().is_live(now)
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
