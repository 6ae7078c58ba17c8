"""Abstract models and QuerySets every content app builds on, and the machinery's own rows."""

from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.content import (
    CONTENT_DESK,
    EDITORS,
    PublicContent,
    PublicQuerySet,
    Retention,
    VisitorData,
)
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
    # What exactly is uncertain, so that whoever confirms knows what to check (#25).
    to_confirm_note = models.CharField(
        _("what to check"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “Guessed email address: check that it exists.”"),
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


class OutgoingMailQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(sent_at__isnull=True)

    def due(self, now):
        """Not sent yet, and past the wait after their last failed attempt."""
        return self.pending().filter(next_attempt_at__lte=now).order_by("next_attempt_at", "pk")

    def about(self, model):
        return self.filter(about_type__app_label=model._meta.app_label).filter(
            about_type__model=model._meta.model_name
        )

    def purgeable(self, before):
        """Sent before `before`; a mail not sent yet is kept until it is."""
        return self.filter(sent_at__lt=before)


class OutgoingMail(VisitorData):
    """One email the site sends to a visitor or to staff, kept until it is sent (#21).

    Written in the same transaction as what it is about (a message, a booking, a sign-up),
    so that neither exists without the other; sent after the commit, off the request path
    (core.outbox), and retried with a growing wait while the mail server refuses it.
    """

    # Machinery reception never edits: no permission, no admin page.
    staff_permissions = {}
    # What a sent mail said is kept a month, for a question about it; never sent, for ever.
    retention = Retention(days=30)

    # The record the mail is about, told when it is sent (core.outbox.mail_sent).
    about_type = models.ForeignKey(
        "contenttypes.ContentType", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    about_id = models.PositiveBigIntegerField(null=True)
    from_email = models.CharField(max_length=254)
    to = models.JSONField(default=list)
    reply_to = models.JSONField(default=list)
    subject = models.TextField()
    body = models.TextField()
    headers = models.JSONField(default=dict)
    # [file name, text content, MIME type]: the site attaches only text (calendar files).
    attachments = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"


# Parameters that say where a visitor came from, not what they asked for.
TRACKING_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
# How many redirects in a row `Redirect.clean` follows before calling it a loop.
MAX_HOPS = 20


def normalize(address):
    """The form `Redirect.old_path` is stored and looked up in: the path percent-encoded,
    without scheme or host, the query parameters sorted and the tracking ones dropped."""
    parts = urlsplit(address.strip())
    path = escape_uri_path(unquote(parts.path or "/"))
    if not path.startswith("/"):
        path = f"/{path}"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.startswith(TRACKING_PARAMETERS)
    )
    return f"{path}?{urlencode(query)}" if query else path


def is_site_path(address):
    return address.startswith("/") and not address.startswith("//")


class Redirect(PublicContent):
    """An old address of the site and where it leads now (#23).

    The target is either a record (`target`, the address it has now in `target_language`, so
    a record renamed again needs no new chain) or a fixed address (`target_url`: a path of the
    site or an https:// address). Slug changes of every kind of public content write the first
    kind by themselves (core.redirects); staff and imports write either.

    `old_path` is the path as a visitor asks for it, with its query string when it matters
    (`/?p=572`), the parameters sorted and tracking ones dropped (core.redirects.normalize).
    """

    class Origin(models.TextChoices):
        RENAMED = "renamed", _("Address changed")
        STAFF = "staff", _("Added by staff")
        IMPORT = "import", _("Imported")

    old_path = models.CharField(
        _("old address"),
        max_length=500,
        unique=True,
        help_text=_(
            "The path visitors still ask for, starting with “/”, with its query string when "
            "it matters, e.g. /?p=572 or /fr/old-page/."
        ),
    )
    target_type = models.ForeignKey(
        "contenttypes.ContentType",
        verbose_name=_("kind of target"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    target_id = models.PositiveBigIntegerField(_("target record"), null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    target_language = models.CharField(
        _("language of the target"), max_length=10, blank=True, choices=settings.LANGUAGES
    )
    target_url = models.CharField(
        _("new address"),
        max_length=500,
        blank=True,
        help_text=_("A path of this site (/fr/agenda/) or an address starting with https://."),
    )
    is_permanent = models.BooleanField(
        _("permanent"),
        default=True,
        help_text=_(
            "Untick for a temporary redirect (302): search engines then keep the old address."
        ),
    )
    origin = models.CharField(
        _("origin"), max_length=20, choices=Origin.choices, default=Origin.STAFF, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    dashboard_rank = 90

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        constraints = [
            models.CheckConstraint(
                condition=(Q(target_type__isnull=False, target_id__isnull=False, target_url=""))
                | (Q(target_type__isnull=True, target_id__isnull=True) & ~Q(target_url="")),
                name="redirect_has_one_target",
                violation_error_message=_("Give either a page or a new address, not both."),
            ),
        ]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self):
        return self.old_path

    def clean(self):
        super().clean()
        errors = {}
        if self.old_path:
            self.old_path = normalize(self.old_path)
            if self.old_path == "/":
                errors["old_path"] = gettext(
                    "The home address chooses the visitor’s language; it cannot redirect."
                )
        if self.target_url:
            self.target_url = self.target_url.strip()
            if is_site_path(self.target_url):
                self.target_url = normalize(self.target_url)
            elif not self.target_url.startswith("https://"):
                errors["target_url"] = gettext(
                    "Give a path of this site starting with “/” or an address starting with "
                    "https://."
                )
        if not errors and self.old_path and self.leads_back():
            errors["target_url"] = gettext(
                "This redirect would lead back to %(path)s: visitors would go round in circles."
            ) % {"path": self.old_path}
        if errors:
            raise ValidationError(errors)

    def leads_back(self):
        """Whether following this redirect, and the staff redirects it leads to, comes back to
        its own old address."""
        address = self.target_url
        if not address:
            return self.target_address() == self.old_path
        for _hop in range(MAX_HOPS):
            if not is_site_path(address):
                return False
            if address == self.old_path:
                return True
            following = Redirect.objects.filter(old_path=address).exclude(pk=self.pk).first()
            if following is None:
                return False
            address = following.target_url or following.target_address()
        return True

    def target_address(self):
        """The address the target record has now, or "" for a fixed address."""
        if self.target is None:
            return ""
        with translation.override(self.target_language or settings.LANGUAGE_CODE):
            return normalize(self.target.get_absolute_url())

    def save(self, *args, **kwargs):
        self.old_path = normalize(self.old_path)
        # No chains: a redirect to another old address leads where that one leads, and
        # redirects to this old address now lead where this one does.
        if self.target_url and is_site_path(self.target_url):
            following = Redirect.objects.filter(old_path=self.target_url).exclude(pk=self.pk)
            following = following.first()
            if following is not None:
                self.target_url = following.target_url
                self.target_type_id = following.target_type_id
                self.target_id = following.target_id
                self.target_language = following.target_language
        super().save(*args, **kwargs)
        Redirect.objects.filter(target_url=self.old_path).exclude(pk=self.pk).update(
            target_url=self.target_url,
            target_type_id=self.target_type_id,
            target_id=self.target_id,
            target_language=self.target_language,
        )


class MissingPageQuerySet(models.QuerySet):
    def purgeable(self, before):
        """Not asked for since `before`: whatever linked to it has gone too."""
        return self.filter(last_seen__lt=before)


class MissingPage(VisitorData):
    """A path visitors asked for that the site does not have, counted rather than logged per
    hit, and kept to a fixed number of rows (core.redirects.record_missing, #23).

    What visitors' browsers asked for, so never backed up; editors read it to add redirects
    and clear what they have dealt with."""

    staff_permissions = {EDITORS: ("view", "delete")}
    desk = CONTENT_DESK
    dashboard_rank = 91
    # A referrer can name a visitor's own page: an address nobody asked for in a year goes.
    retention = Retention(days=365)

    path = models.CharField(_("address"), max_length=500, unique=True)
    hits = models.PositiveIntegerField(_("hits"), default=1)
    last_seen = models.DateTimeField(_("last asked"))
    last_referrer = models.CharField(_("last coming from"), max_length=500, blank=True)

    objects = MissingPageQuerySet.as_manager()

    class Meta:
        ordering = ["-hits", "-last_seen"]
        verbose_name = _("missing page")
        verbose_name_plural = _("missing pages")
        # The least hit go first when the log is full.
        indexes = [models.Index(fields=["hits", "last_seen"])]

    def __str__(self):
        return self.path
