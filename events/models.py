import datetime
import zoneinfo

from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from association.models import Programme
from contact.models import TIME_ZONE_CHOICES, Place
from core.admin_names import AdminNames
from core.articles import Article
from core.content import PublicContent, SearchFields
from core.models import (
    ScheduledQuerySet,
    publication_window_constraint,
    published_field,
    summary_field,
)

EVENTS_PER_PAGE = 12
# The next events on the home page.
HOME_EVENTS = 2


class EventQuerySet(ScheduledQuerySet):
    def upcoming(self, now=None):
        """Events not yet over, soonest first: an event leaves them at its end (#15)."""
        return self.filter(ends_at__gt=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        """Events over, the latest first."""
        return self.filter(ends_at__lte=now or timezone.now()).order_by("-starts_at", "-pk")

    def upcoming_then_past(self, now):
        """Every event, upcoming ones first (soonest first), then past ones (latest first),
        each marked `is_past`, in one query that a paginator can slice."""
        return self.annotate(
            is_past=Case(
                When(ends_at__lte=now, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
            upcoming_start=Case(When(ends_at__gt=now, then=F("starts_at"))),
        ).order_by("is_past", "upcoming_start", "-starts_at", "-pk")

    def as_cards(self):
        """What an event's card shows, with its place: lists never read the body."""
        return self.select_related("place").defer("body")

    def with_details(self):
        return self.select_related("place").prefetch_related(
            models.Prefetch(
                "programmes",
                queryset=Programme.objects.published().in_order().as_cards(),
                to_attr="published_programmes",
            )
        )


class Event(Article, PublicContent):
    image_folder = "events/"
    dashboard_rank = 14
    sitemap_changefreq = "weekly"
    search = SearchFields(
        label=pgettext_lazy("search result kind", "Event"),
        title=("title_{lang}",),
        summary=("summary_{lang}",),
        body=("body_{lang}",),
        excerpt=("summary_{lang}", "body_{lang}"),
    )

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    class Registration(models.TextChoices):
        NONE = "none", _("No registration needed")
        LINK = "link", _("Registration on the linked page")
        CONTACT_FORM = "contact", _("Registration through the contact form")

    summary = summary_field(
        _("One or two sentences, shown in lists, calendars and to search engines.")
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for a whole day.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event.")
    )
    end_time = models.TimeField(
        _("end time"),
        null=True,
        blank=True,
        help_text=_("Leave empty if unknown: the event then ends with its last day."),
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("at one of our places"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Leave empty for an event elsewhere or online."),
    )
    address = models.CharField(
        _("address elsewhere"),
        max_length=250,
        blank=True,
        help_text=_("For an event elsewhere, e.g. “Trnava, Slovakia”."),
    )
    url = models.URLField(
        _("link"),
        blank=True,
        help_text=_("The page of the venue, or of the meeting for an online event."),
    )
    is_online = models.BooleanField(_("online"), default=False)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Paris",
        help_text=_("For an event elsewhere; at one of our places, the place’s zone is used."),
    )
    programmes = models.ManyToManyField(
        Programme, verbose_name=_("programmes"), blank=True, related_name="events"
    )
    registration = models.CharField(
        _("registration"),
        max_length=10,
        choices=Registration.choices,
        default=Registration.NONE,
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Needed when registration is on the linked page."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    is_published = published_field()
    # Computed on save from the dates, times and zone, so that the database sorts events
    # and tells upcoming from past ones without reading every row (#15).
    starts_at = models.DateTimeField(editable=False)
    ends_at = models.DateTimeField(editable=False, db_index=True)

    objects = EventQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "an event"),
        the=pgettext_lazy("admin heading", "the event"),
    )

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="event_end_date_after_start_date",
                violation_error_message=_("The end date cannot come before the start date."),
            ),
            models.CheckConstraint(
                condition=~Q(registration="link") | ~Q(registration_url=""),
                name="event_registration_link_given",
                violation_error_message=_("Give the registration link."),
            ),
            publication_window_constraint("event_publish_until_after_publish_from"),
        ]

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def get_ics_url(self):
        return reverse("events:ics", kwargs={"slug": self.slug})

    @classmethod
    def change_moments(cls, now):
        # Lists of events also change when an upcoming one ends and becomes past (#15).
        ends = Event.objects.published(now).upcoming(now).order_by()
        return [*super().change_moments(now), ends.values_list("ends_at", flat=True)]

    def save(self, *args, **kwargs):
        self.set_moments()
        super().save(*args, **kwargs)

    def set_moments(self):
        """Fill `starts_at`/`ends_at` from the dates, times and zone (also before a
        bulk_create). A day without an end time ends at midnight after it."""
        if self.place_id is not None:
            self.time_zone = self.place.time_zone
        zone = self.zone
        start = datetime.datetime.combine(self.start_date, self.start_time or datetime.time())
        self.starts_at = start.replace(tzinfo=zone)
        last_day = self.end_date or self.start_date
        if self.end_time is not None:
            end = datetime.datetime.combine(last_day, self.end_time)
        else:
            end = datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time())
        self.ends_at = max(end.replace(tzinfo=zone), self.starts_at)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def has_times(self):
        return self.start_time is not None

    @property
    def is_multi_day(self):
        return self.end_date is not None and self.end_date != self.start_date

    def is_past(self, now=None):
        return self.ends_at <= (now or timezone.now())

    def local_start(self):
        return self.starts_at.astimezone(self.zone)

    def local_end(self):
        return self.ends_at.astimezone(self.zone)

    def location_line(self):
        """Where it happens, on one line, or "" when nobody has said yet."""
        if self.place_id is not None:
            return self.place.address_line()
        return self.address
