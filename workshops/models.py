import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from association.models import Programme
from contact.models import Place
from core import images
from core.admin_names import AdminNames
from core.content import (
    ALL,
    EDITORS,
    RECEPTION,
    RECEPTION_DESK,
    PublicContent,
    Retention,
    SearchFields,
    VisitorData,
)
from core.models import (
    PublishedModel,
    PublishedQuerySet,
    SeededModel,
    order_field,
    published_field,
    slug_field,
    summary_field,
    title_field,
)


class Level(models.IntegerChoices):
    # In school order, so that "from CE2 to 3e" is a range of numbers.
    CP = 1, _("CP (age 6–7)")
    CE1 = 2, _("CE1 (age 7–8)")
    CE2 = 3, _("CE2 (age 8–9)")
    CM1 = 4, _("CM1 (age 9–10)")
    CM2 = 5, _("CM2 (age 10–11)")
    SIXIEME = 6, _("6e (age 11–12)")
    CINQUIEME = 7, _("5e (age 12–13)")
    QUATRIEME = 8, _("4e (age 13–14)")
    TROISIEME = 9, _("3e (age 14–15)")
    SECONDE = 10, _("Seconde (age 15–16)")
    PREMIERE = 11, _("Première (age 16–17)")
    TERMINALE = 12, _("Terminale (age 17–18)")
    ADULTS = 13, _("Adults")


class WorkshopQuerySet(PublishedQuerySet):
    def in_order(self):
        return self.order_by("order", "title")

    def for_programme(self, programme):
        """The workshops of a programme and of the projects that belong to it."""
        return self.filter(Q(programme=programme) | Q(programme__parent=programme))

    def with_place_hours(self):
        return self.select_related("place").prefetch_related(
            "place__opening_hours", "place__closures", "place__bookable_days"
        )


class Workshop(images.DescribedImage, PublishedModel, SeededModel, PublicContent):
    image_folder = "workshops/"
    sitemap_changefreq = "monthly"
    # Centre Gaïa workshops, which teachers look for by name (#10).
    search = SearchFields(
        label=pgettext_lazy("search result kind", "Workshop"),
        title=("title_{lang}",),
        summary=("summary_{lang}",),
        body=("description_{lang}",),
        excerpt=("summary_{lang}", "description_{lang}"),
    )

    title = title_field()
    slug = slug_field()
    summary = summary_field()
    description = models.TextField(_("description"), blank=True)
    level_from = models.PositiveSmallIntegerField(
        _("from level"), choices=Level.choices, default=Level.CP
    )
    level_to = models.PositiveSmallIntegerField(
        _("to level"),
        choices=Level.choices,
        default=Level.ADULTS,
        help_text=_("Teachers can only book for a class level in this range."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        validators=[MinValueValidator(15)],
        help_text=_("e.g. 180 for about 3 hours. It must fit in one opening interval."),
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity (pupils)"),
        validators=[MinValueValidator(1)],
        help_text=_("The largest group welcomed at once."),
    )
    price_note = models.CharField(
        _("price"), max_length=200, blank=True, help_text=_("e.g. Price on request.")
    )
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshops",
        help_text=_("The workshop is shown on this programme’s page."),
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        related_name="workshops",
        help_text=_("Slots are offered within this place’s opening hours."),
    )
    is_published = published_field()
    order = order_field()

    objects = WorkshopQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a workshop"),
        the=pgettext_lazy("admin heading", "the workshop"),
    )

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        constraints = [
            models.CheckConstraint(
                condition=Q(level_to__gte=F("level_from")),
                name="workshop_levels_in_order",
                violation_error_message=_("The last level cannot come before the first one."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("workshops:book", kwargs={"slug": self.slug})

    def clean(self):
        # A workshop longer than every opening interval would silently offer no slot.
        if self.place_id is None or not self.duration_minutes:
            return
        intervals = self.place.opening_hours.all()
        longest = max(
            (
                datetime.datetime.combine(datetime.date.min, interval.closes)
                - datetime.datetime.combine(datetime.date.min, interval.opens)
                for interval in intervals
            ),
            default=None,
        )
        if longest is not None and self.duration > longest:
            raise ValidationError(
                {
                    "duration_minutes": _(
                        "No opening interval of %(place)s is that long (the longest lasts "
                        "%(minutes)s minutes): no slot could be offered."
                    )
                    % {"place": self.place, "minutes": int(longest.total_seconds() // 60)}
                }
            )

    @property
    def duration(self):
        return datetime.timedelta(minutes=self.duration_minutes)

    @property
    def levels(self):
        return [level for level in Level if self.level_from <= level <= self.level_to]

    @property
    def is_open_to_adults(self):
        # French says "du CP aux adultes", not "CP à Adultes" (#26).
        return self.level_to == Level.ADULTS


class BookingRequestQuerySet(models.QuerySet):
    def new(self):
        """Requests waiting for an answer."""
        return self.filter(status=BookingRequest.Status.NEW)

    def confirmed(self):
        return self.filter(status=BookingRequest.Status.CONFIRMED)

    def between(self, start, end):
        return self.filter(confirmed_start__gte=start, confirmed_start__lt=end)

    def taken_starts(self, place, starts):
        """Which of `starts` already have a confirmed group at `place`."""
        return set(
            self.confirmed()
            .filter(place=place, confirmed_start__in=starts)
            .values_list("confirmed_start", flat=True)
        )

    def week_of(self, day):
        """The groups confirmed in the week (Monday to Sunday, site time) of `day`, in order."""
        zone = timezone.get_current_timezone()
        monday = day - datetime.timedelta(days=day.weekday())
        start = datetime.datetime.combine(monday, datetime.time(), tzinfo=zone)
        return (
            self.confirmed()
            .between(start, start + datetime.timedelta(days=7))
            .select_related("workshop", "place")
            .order_by("confirmed_start")
        )

    def purgeable(self, before):
        """Answered requests done with before `before`: declined ones received before it,
        confirmed ones whose workshop ended before it. Requests to answer are kept."""
        return self.filter(
            Q(status=BookingRequest.Status.DECLINED, created_at__lt=before)
            | Q(status=BookingRequest.Status.CONFIRMED, confirmed_end__lt=before)
        )


class BookingRequest(VisitorData):
    """A teacher's request: stored before any email is tried, so none is ever lost."""

    retention = Retention(setting="BOOKING_RETENTION_DAYS")

    class Status(models.TextChoices):
        NEW = "new", _("To answer")
        CONFIRMED = "confirmed", _("Confirmed")
        DECLINED = "declined", _("Declined")

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.PROTECT, related_name="bookings"
    )
    # Copied from the workshop so that the database can forbid two groups in one slot.
    place = models.ForeignKey(
        Place, verbose_name=_("place"), on_delete=models.PROTECT, related_name="bookings"
    )
    school = models.CharField(_("school"), max_length=200)
    town = models.CharField(_("town"), max_length=100)
    contact_name = models.CharField(_("contact name"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("telephone"), max_length=40)
    class_level = models.PositiveSmallIntegerField(_("class level"), choices=Level.choices)
    pupils = models.PositiveSmallIntegerField(
        _("number of pupils"), validators=[MinValueValidator(1)]
    )
    message = models.TextField(_("message"), blank=True)
    preferred_slots = models.JSONField(
        _("preferred slots"),
        default=list,
        help_text=_("Start times chosen by the teacher, in order of preference."),
    )
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    confirmed_start = models.DateTimeField(_("confirmed start"), null=True, blank=True)
    confirmed_end = models.DateTimeField(_("confirmed end"), null=True, blank=True)
    staff_message = models.TextField(
        _("message to the teacher"),
        blank=True,
        help_text=_("Sent with a refusal, e.g. to suggest other dates."),
    )
    handled_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = BookingRequestQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a booking request"),
        the=pgettext_lazy("admin heading", "the booking request"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("booking request")
        verbose_name_plural = _("booking requests")
        constraints = [
            # The one guarantee against double booking: whatever races happen in Python,
            # the database accepts a single confirmed group per place and start time.
            models.UniqueConstraint(
                fields=["place", "confirmed_start"],
                condition=Q(status="confirmed"),
                name="booking_one_confirmed_group_per_slot",
                violation_error_message=_("Another group is already confirmed in this slot."),
            ),
            models.CheckConstraint(
                condition=~Q(status="confirmed")
                | Q(confirmed_start__isnull=False, confirmed_end__gt=F("confirmed_start")),
                name="booking_confirmed_has_slot",
                violation_error_message=_("A confirmed booking needs its slot."),
            ),
        ]

    def __str__(self):
        return f"{self.school} ({self.town}) – {self.workshop}"

    @property
    def preferred_starts(self):
        return [datetime.datetime.fromisoformat(value) for value in self.preferred_slots]


class BookableDay(PublicContent):
    """A day staff open for workshop bookings although classes are off: a Saturday, a day of
    the school holidays, a public holiday the place is open (#26)."""

    staff_permissions = {EDITORS: ALL, RECEPTION: ALL}
    desk = RECEPTION_DESK

    place = models.ForeignKey(
        Place,
        on_delete=models.CASCADE,
        related_name="bookable_days",
        verbose_name=_("place"),
    )
    day = models.DateField(_("day"))
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("For staff: why this day is open.")
    )

    class Meta:
        ordering = ["day"]
        verbose_name = _("day opened for bookings")
        verbose_name_plural = _("days opened for bookings")
        constraints = [
            models.UniqueConstraint(fields=["place", "day"], name="bookable_day_once_per_place")
        ]

    def __str__(self):
        return f"{self.place} · {self.day:%d/%m/%Y}"
