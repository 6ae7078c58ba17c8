import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.admin_names import AdminNames
from core.content import PublicContent, SearchFields
from core.models import (
    PublishedModel,
    PublishedQuerySet,
    SeededModel,
    published_field,
    slug_field,
    summary_field,
    title_field,
)
from core.rich_text import RichTextField

# Offers close at the end of their last day in Lille, where the association hires (#17).
LILLE = zoneinfo.ZoneInfo("Europe/Paris")


def lille_today(now=None):
    return (now or timezone.now()).astimezone(LILLE).date()


def closing_moment(day):
    """The end of `day` in Lille: the moment an offer closing that day leaves the site."""
    return datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(), LILLE)


class OfferQuerySet(PublishedQuerySet):
    def announced(self):
        """Offers staff published, open or closed: a closed one still answers at its address."""
        return super().published()

    def published(self, now=None):
        """The offers a visitor may still apply to: listed, searched, in the sitemap."""
        return self.announced().filter(closes_on__gte=lille_today(now))

    def in_order(self):
        return self.order_by("closes_on", "pk")

    def next_closing(self, now=None):
        """The moment the next open offer closes, or None."""
        day = self.published(now).aggregate(day=Min("closes_on"))["day"]
        return closing_moment(day) if day else None


class Offer(PublishedModel, SeededModel, PublicContent):
    dashboard_rank = 60
    sitemap_changefreq = "weekly"
    search = SearchFields(
        label=pgettext_lazy("search result kind", "Offer"),
        title=("title_{lang}",),
        summary=("summary_{lang}",),
        body=("description_{lang}",),
        excerpt=("summary_{lang}", "description_{lang}"),
    )

    class Kind(models.TextChoices):
        JOB = "job", _("Job")
        INTERNSHIP = "internship", _("Internship")
        CIVIC_SERVICE = "civic_service", _("Civic service")
        VOLUNTEERING = "volunteering", _("Volunteering")

    class WorkingTime(models.TextChoices):
        # The values are schema.org's employmentType words.
        FULL_TIME = "FULL_TIME", _("Full time")
        PART_TIME = "PART_TIME", _("Part time")

    title = title_field()
    slug = slug_field()
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    summary = summary_field(blank=True)
    place = models.CharField(
        _("place"), max_length=120, help_text=_("Where the work is done, e.g. Lille.")
    )
    country = models.CharField(
        _("country code"),
        max_length=2,
        default="FR",
        help_text=_("Two letters, e.g. FR, SN, MA, GN: for search engines."),
    )
    contract = models.CharField(
        _("contract"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Permanent contract, 35 hours a week; or 6-month internship."),
    )
    working_time = models.CharField(
        _("working time"), max_length=10, choices=WorkingTime.choices, default="FULL_TIME"
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(
        _("ends on"), null=True, blank=True, help_text=_("Empty for a permanent position.")
    )
    description = RichTextField(_("description"), blank=True)
    how_to_apply = models.TextField(
        _("how to apply"),
        blank=True,
        help_text=_("e.g. Send a CV and a cover letter before the closing date."),
    )
    apply_email = models.EmailField(_("apply by email to"), blank=True)
    apply_url = models.URLField(
        _("or apply on this page"), blank=True, help_text=_("e.g. the offer on a job board.")
    )
    posted_on = models.DateField(_("posted on"), default=datetime.date.today)
    closes_on = models.DateField(
        _("last day to apply"),
        help_text=_("The offer leaves the site at midnight after this day, Lille time."),
    )
    is_published = published_field()

    objects = OfferQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "an offer"),
        the=pgettext_lazy("admin heading", "the offer"),
    )

    class Meta:
        ordering = ["closes_on", "pk"]
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("posted_on")),
                name="offer_closes_after_posting",
                violation_error_message=_("The last day to apply cannot come before posting."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("offers:detail", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return self.get_absolute_url()

    @classmethod
    def next_change(cls, now):
        # An offer leaves the list, and its page says it is closed, after its last day (#17).
        return Offer.objects.next_closing(now)

    @property
    def closes_at(self):
        return closing_moment(self.closes_on)

    def is_open(self, now=None):
        return self.closes_on >= lille_today(now)

    def is_live(self, now=None):
        return self.is_published and self.is_open(now)

    def clean(self):
        super().clean()
        if self.closes_on and self.is_open() and not (self.apply_email or self.apply_url):
            raise ValidationError(
                _("Give an email address or a page to apply: visitors must know how.")
            )

    def structured_data(self, home_url):
        """schema.org JobPosting for a job or an internship (search engines' job listings),
        None for other kinds, which those listings do not take."""
        if self.kind not in (self.Kind.JOB, self.Kind.INTERNSHIP):
            return None
        employment_type = [self.working_time]
        if self.kind == self.Kind.INTERNSHIP:
            employment_type.append("INTERN")
        return {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": self.description or self.summary or self.title,
            "datePosted": self.posted_on.isoformat(),
            "validThrough": self.closes_at.isoformat(),
            "employmentType": employment_type,
            "hiringOrganization": {"@type": "NGO", "name": "Le Partenariat", "sameAs": home_url},
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": self.place,
                    "addressCountry": self.country,
                },
            },
        }
