import datetime
import hashlib
import secrets
import uuid

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from core.admin_names import AdminNames
from core.content import Retention, VisitorData

# How long the link of a confirmation email works (#17).
CONFIRMATION_VALIDITY = datetime.timedelta(days=7)
# Confirmation emails one address may get in a day, whoever signs it up (#22).
CONFIRMATIONS_PER_DAY = 3
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


def token_hash(token):
    """Only a hash of the confirmation token is stored: the database alone confirms no one."""
    return hashlib.sha256(token.encode()).hexdigest()


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscription.Status.CONFIRMED)

    def not_notified(self):
        """Pending addresses whose confirmation email could not be sent yet."""
        return self.filter(
            status=Subscription.Status.PENDING, confirmation_sent_at__isnull=True
        ).order_by("created_at")

    def purgeable(self, before):
        """Never confirmed since before `before`, or unsubscribed since then."""
        return self.filter(
            models.Q(status=Subscription.Status.PENDING, consented_at__lt=before)
            | models.Q(status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at__lt=before)
        )

    def dashboard_notes(self):
        """(text, admin list query, is_alert) for the admin index: subscribers and those still
        to confirm."""
        counts = self.aggregate(
            confirmed=models.Count("pk", filter=models.Q(status=Subscription.Status.CONFIRMED)),
            pending=models.Count("pk", filter=models.Q(status=Subscription.Status.PENDING)),
        )
        notes = []
        if counts["confirmed"]:
            notes.append(
                (
                    ngettext("%(count)d subscriber", "%(count)d subscribers", counts["confirmed"])
                    % {"count": counts["confirmed"]},
                    "?status__exact=confirmed",
                    False,
                )
            )
        if counts["pending"]:
            notes.append(
                (
                    ngettext(
                        "%(count)d awaiting confirmation",
                        "%(count)d awaiting confirmation",
                        counts["pending"],
                    )
                    % {"count": counts["pending"]},
                    "?status__exact=pending",
                    False,
                )
            )
        return notes


class Subscription(VisitorData):
    """An address given for the newsletter: subscribed only once its owner confirms it."""

    dashboard_rank = 40
    retention = Retention(setting="NEWSLETTER_UNCONFIRMED_DAYS")

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    # Named in unsubscription links (signed), so that they give away neither the address
    # nor a guessable number.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("email"), max_length=254, unique=True)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("The newsletter is sent in this language."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    consent_text = models.TextField(
        _("wording of the consent"), help_text=_("What the visitor read when signing up.")
    )
    consented_at = models.DateTimeField(_("consent given"), default=timezone.now)
    token_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, db_index=True)
    confirmation_sent_at = models.DateTimeField(
        _("confirmation email sent"),
        null=True,
        blank=True,
        help_text=_("Empty while the confirmation email could not be sent."),
    )
    # Counted per day so that nobody can make the site mail an address over and over (#22).
    sign_ups_on = models.DateField(null=True, blank=True, editable=False)
    sign_ups_that_day = models.PositiveSmallIntegerField(default=0, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a newsletter subscription"),
        the=pgettext_lazy("admin heading", "the newsletter subscription"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("newsletter subscription")
        verbose_name_plural = _("newsletter subscriptions")

    def __str__(self):
        return self.email

    def counts_a_sign_up(self, day):
        """Count a sign-up on `day`; False when the address had its confirmations that day."""
        if self.sign_ups_on != day:
            self.sign_ups_on, self.sign_ups_that_day = day, 0
        self.sign_ups_that_day += 1
        return self.sign_ups_that_day <= CONFIRMATIONS_PER_DAY

    def new_confirmation_token(self):
        """A fresh single-use token: its hash replaces the previous one, which stops working."""
        token = secrets.token_urlsafe(32)
        self.token_hash = token_hash(token)
        return token

    def can_be_confirmed(self, now):
        """Pending, and its last confirmation email went out less than the validity ago."""
        return (
            self.status == self.Status.PENDING
            and self.confirmation_sent_at is not None
            and now < self.confirmation_sent_at + CONFIRMATION_VALIDITY
        )

    @property
    def unsubscribe_token(self):
        return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(self.public_id.hex)


def public_id_from_unsubscribe_token(token):
    """The subscription a link names, or None when the link was not made by this site."""
    try:
        return uuid.UUID(hex=signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
