import dataclasses
import datetime
import functools
import uuid
import zoneinfo

import holidays
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from contact.opening import opening_status
from core import images
from core.admin_names import AdminNames
from core.content import (
    ALL,
    EDITORS,
    RECEPTION,
    RECEPTION_DESK,
    SETTINGS_DESK,
    PublicContent,
    PublicQuerySet,
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
)

# Closures are announced this long before they start (issue #3).
CLOSURE_NOTICE = datetime.timedelta(weeks=6)

TIME_ZONE_CHOICES = [
    ("Europe/Paris", _("France (Europe/Paris)")),
    ("Africa/Dakar", _("Senegal (Africa/Dakar)")),
    ("Africa/Casablanca", _("Morocco (Africa/Casablanca)")),
    ("Africa/Conakry", _("Guinea (Africa/Conakry)")),
]


class Weekday(models.IntegerChoices):
    # Numbered like date.weekday(), so that a date maps to its row without a table. The
    # context keeps these capitalised headings apart from Django's own weekday names, which
    # date formats put lowercase inside French sentences ("ouvre mardi").
    MONDAY = 0, pgettext_lazy("weekday heading", "Monday")
    TUESDAY = 1, pgettext_lazy("weekday heading", "Tuesday")
    WEDNESDAY = 2, pgettext_lazy("weekday heading", "Wednesday")
    THURSDAY = 3, pgettext_lazy("weekday heading", "Thursday")
    FRIDAY = 4, pgettext_lazy("weekday heading", "Friday")
    SATURDAY = 5, pgettext_lazy("weekday heading", "Saturday")
    SUNDAY = 6, pgettext_lazy("weekday heading", "Sunday")


# The holidays library names French holidays in French and in US English.
HOLIDAY_LANGUAGES = {"fr": "fr", "en": "en_US"}
# Its French names are capitalised as titles; a sentence ("fermé le 1er janvier (jour de
# l’An)") writes them as French usage does (#26).
FRENCH_HOLIDAY_NAMES = {
    "Jour de l'an": "jour de l’An",
    "Lundi de Pâques": "lundi de Pâques",
    "Fête du Travail": "fête du Travail",
    "Fête de la Victoire": "fête de la Victoire",
    "Lundi de Pentecôte": "lundi de Pentecôte",
    "Fête nationale": "fête nationale",
}


@functools.lru_cache(maxsize=64)
def public_holidays(country, year, language):
    """The public holidays of a country for one year, named in `language`."""
    try:
        found = holidays.country_holidays(
            country, years=year, language=HOLIDAY_LANGUAGES.get(language, "en_US")
        )
    except NotImplementedError:
        return {}
    if language != "fr":
        return found
    return {day: FRENCH_HOLIDAY_NAMES.get(name, name) for day, name in found.items()}


class PlaceQuerySet(PublishedQuerySet):
    def with_hours(self):
        return self.prefetch_related("opening_hours", "closures")


class Place(images.DescribedImage, PublishedModel, SeededModel, PublicContent):
    image_folder = "places/"
    # Editors write its texts; reception keeps its hours and closures, edited in its form.
    staff_permissions = {EDITORS: ALL, RECEPTION: ("change", "view")}
    desk = RECEPTION_DESK
    dashboard_rank = 20
    search = SearchFields(
        label=pgettext_lazy("search result kind", "Address"),
        title=("name_{lang}",),
        summary=("locality", "street_address"),
        body=("description_{lang}",),
        excerpt=("description_{lang}",),
        url=lambda place: f"{reverse('contact:contact')}#place-{place.pk}",
    )

    name = models.CharField(
        _("name"), max_length=120, help_text=_("As visitors know it, e.g. Centre Gaïa.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("A sentence or two on what visitors find there."),
    )
    street_address = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("Number and street, e.g. 71 rue Victor Renard."),
    )
    postal_code = models.CharField(
        _("postal code"), max_length=20, blank=True, help_text=_("e.g. 59000.")
    )
    locality = models.CharField(_("town"), max_length=100, help_text=_("e.g. Lille."))
    country = models.CharField(
        _("country code"),
        max_length=2,
        help_text=_("Two capital letters (ISO 3166), e.g. FR or SN."),
    )
    phone = models.CharField(
        _("telephone"),
        max_length=40,
        blank=True,
        help_text=_("In international form, e.g. +33 3 20 53 76 76."),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("The address visitors can write to.")
    )
    map_url = models.URLField(
        _("map link"),
        blank=True,
        help_text=_("The address of the place on a map site, e.g. OpenStreetMap."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Paris",
        help_text=_("Opening hours are read in this zone."),
    )
    closed_on_public_holidays = models.BooleanField(
        _("closed on public holidays"),
        default=False,
        help_text=_(
            "Public holidays of the place’s country (Easter Monday, Ascension…) are then "
            "closed days, without entering them as closures."
        ),
    )
    school_zone = models.CharField(
        _("school holiday zone"),
        max_length=1,
        blank=True,
        choices=[("A", _("Zone A")), ("B", _("Zone B")), ("C", _("Zone C"))],
        help_text=_(
            "For workshop bookings: classes come on school days only, so the school holidays "
            "of this zone (Lille: B), weekends and public holidays get no slots, unless a day "
            "is opened for bookings. Empty: every opening hour is offered."
        ),
    )
    is_published = published_field()
    order = order_field()

    objects = PlaceQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a place"),
        the=pgettext_lazy("admin heading", "the place"),
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('contact:contact')}#place-{self.pk}"

    @classmethod
    def next_change(cls, now):
        """When any place's "open now", its wording or its announced closures next change, on
        its own clocks: the contact page, the home page and the footer show them (#3). Its
        opening hours and closures are read here, so they need no hook of their own."""
        places = cls.published_rows().with_hours()
        return min((place.status_at(now).changes_at for place in places), default=None)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def postal_address(self):
        """The schema.org PostalAddress of the place: the one formatter of its address, read
        by every JSON-LD block and, through `address_line()`, by calendar files (#15)."""
        address = {
            "@type": "PostalAddress",
            "name": self.name,
            "addressLocality": self.locality,
            "addressCountry": self.country,
        }
        if self.street_address:
            address["streetAddress"] = self.street_address
        if self.postal_code:
            address["postalCode"] = self.postal_code
        return address

    def address_line(self):
        """The address on one line, e.g. "Centre Gaïa, 71 rue Victor Renard, 59000 Lille"."""
        address = self.postal_address()
        town = f"{address.get('postalCode', '')} {address['addressLocality']}".strip()
        parts = [address["name"], address.get("streetAddress"), town]
        return ", ".join(part for part in parts if part)

    def public_holiday_on(self, day):
        """The name of the public holiday that closes the place on `day`, or ""."""
        if not self.closed_on_public_holidays:
            return ""
        return public_holidays(self.country, day.year, get_language()).get(day, "")

    def closure_on(self, day):
        """The closure covering `day`, read from the prefetched `closures`, or None."""
        for closure in self.closures.all():
            if closure.start_date <= day <= closure.end_date:
                return closure
        return None

    def intervals_on(self, day):
        """The opening intervals of a calendar day, in the place's own time zone.

        Closures and, where the place observes them, public holidays leave the day empty.
        This is the one place where "is the place open that day" is decided: the contact
        page, "open now" and workshop slots all read it.
        """
        if self.closure_on(day) or self.public_holiday_on(day):
            return []
        return sorted(
            (
                interval
                for interval in self.opening_hours.all()
                if interval.weekday == day.weekday()
            ),
            key=lambda interval: interval.opens,
        )

    def status_at(self, moment):
        """Open or closed at `moment`, and until or from when, in the place's zone."""
        return opening_status(self, moment)

    def structured_data(self, today):
        """The schema.org description of the place, for search engines (JSON-LD).

        Closures not yet over are special opening hours with no opening, the form
        schema.org gives for "closed on these days".
        """
        data = {
            "@context": "https://schema.org",
            "@type": "Place",
            "name": self.name,
            "address": self.postal_address(),
            "openingHoursSpecification": [
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": f"https://schema.org/{Weekday(interval.weekday).name.title()}",
                    "opens": f"{interval.opens:%H:%M}",
                    "closes": f"{interval.closes:%H:%M}",
                }
                for interval in self.opening_hours.all()
            ],
            "specialOpeningHoursSpecification": [
                {
                    "@type": "OpeningHoursSpecification",
                    "validFrom": closure.start_date.isoformat(),
                    "validThrough": closure.end_date.isoformat(),
                    "opens": "00:00",
                    "closes": "00:00",
                }
                for closure in self.closures.all()
                if closure.end_date >= today
            ],
        }
        if self.phone:
            data["telephone"] = self.phone
        if self.map_url:
            data["hasMap"] = self.map_url
        return data

    def week(self):
        """Each weekday with its intervals, in order; a day without one is closed.

        Reads the prefetched `opening_hours`, so a page listing places stays at a fixed
        number of queries.
        """
        intervals_by_day = {day: [] for day in Weekday.values}
        for interval in self.opening_hours.all():
            intervals_by_day[interval.weekday].append(interval)
        return [
            (Weekday(day).label, sorted(intervals, key=lambda i: i.opens))
            for day, intervals in intervals_by_day.items()
        ]


class OpeningHours(PublicContent):
    staff_permissions = {RECEPTION: ALL}
    desk = RECEPTION_DESK

    place = models.ForeignKey(
        Place, verbose_name=_("place"), on_delete=models.CASCADE, related_name="opening_hours"
    )
    weekday = models.PositiveSmallIntegerField(
        _("day"),
        choices=Weekday.choices,
        help_text=_("One line per opening: two lines for a day open morning and afternoon."),
    )
    opens = models.TimeField(
        pgettext_lazy("opening hours", "opens at"),
        help_text=_("e.g. 9:00, 9h or 9h30."),
    )
    closes = models.TimeField(
        pgettext_lazy("opening hours", "closes at"),
        help_text=_("e.g. 12:30, 14h30 or 18h."),
    )

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "opening hours"),
        the=pgettext_lazy("admin heading", "the opening hours"),
    )

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(opens__lt=F("closes")),
                name="opening_hours_opens_before_closes",
                violation_error_message=_("The closing time must come after the opening time."),
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


@dataclasses.dataclass(frozen=True)
class HolidayClosure:
    """A public holiday that closes a place, announced like a closure (#18)."""

    place: "Place"
    start_date: datetime.date
    reason: str

    @property
    def end_date(self):
        return self.start_date


def _holidays_ahead(place, today):
    """The public holidays closing `place` from `today` for as long as closures are announced,
    except those already inside one of its closures."""
    if not place.closed_on_public_holidays:
        return []
    last = today + CLOSURE_NOTICE
    days = (today + datetime.timedelta(days=n) for n in range((last - today).days + 1))
    return [
        HolidayClosure(place=place, start_date=day, reason=name)
        for day in days
        if (name := place.public_holiday_on(day)) and not place.closure_on(day)
    ]


def upcoming_closures(places, moment):
    """The closures of `places` (with their closures prefetched: `with_hours()`) under way or
    starting soon enough to announce, each by its place's own calendar day at `moment`: they
    drop out at the place's midnight, the moment its status already makes the page stale.
    The public holidays a place observes are among them (#18)."""
    closures = []
    for place in places:
        today = moment.astimezone(place.zone).date()
        closures += [
            closure
            for closure in place.closures.all()
            if closure.end_date >= today and closure.start_date <= today + CLOSURE_NOTICE
        ]
        closures += _holidays_ahead(place, today)
    return sorted(closures, key=lambda c: (c.start_date, c.place.order, c.place.name))


class ClosureQuerySet(PublicQuerySet):
    def upcoming(self, day=None):
        """Closures not over yet: under way or still to come."""
        return self.filter(end_date__gte=day or timezone.localdate())


class Closure(PublicContent):
    staff_permissions = {RECEPTION: ALL}
    desk = RECEPTION_DESK
    dashboard_rank = 30

    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.CASCADE,
        related_name="closures",
        help_text=_("The place that closes."),
    )
    start_date = models.DateField(
        _("first day closed"),
        help_text=_("The first day the place is closed, e.g. 24/12/2026."),
    )
    end_date = models.DateField(
        _("last day closed"),
        help_text=_("The last day it is closed; leave it empty for a single day."),
    )
    reason = models.CharField(
        _("reason"), max_length=200, help_text=_("Shown to visitors, e.g. Summer holidays.")
    )

    objects = ClosureQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a closure"),
        the=pgettext_lazy("admin heading", "the closure"),
    )

    class Meta:
        ordering = ["start_date"]
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="closure_ends_on_or_after_start",
                violation_error_message=_("The last day cannot come before the first day."),
            ),
        ]

    def __str__(self):
        return f"{self.reason} ({self.start_date:%d/%m/%Y}–{self.end_date:%d/%m/%Y})"

    def get_absolute_url(self):
        return f"{reverse('contact:contact')}#place-{self.place_id}"


class SocialLinkQuerySet(PublishedQuerySet):
    pass


class SocialLink(PublishedModel, SeededModel, PublicContent):
    desk = SETTINGS_DESK
    dashboard_rank = 20

    class Network(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        LINKEDIN = "linkedin", "LinkedIn"
        YOUTUBE = "youtube", "YouTube"
        X = "x", "X"

    network = models.CharField(
        _("network"), max_length=20, choices=Network.choices, help_text=_("Which network.")
    )
    url = models.URLField(_("address"), help_text=_("The address of our page on this network."))
    is_published = published_field()
    order = order_field()

    objects = SocialLinkQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a social network link"),
        the=pgettext_lazy("admin heading", "the social network link"),
    )

    class Meta:
        ordering = ["order", "network"]
        verbose_name = _("social network link")
        verbose_name_plural = _("social network links")

    def __str__(self):
        return self.get_network_display()


class ContactMessageQuerySet(models.QuerySet):
    def new(self):
        """Messages nobody has handled yet."""
        return self.filter(status=ContactMessage.Status.NEW)

    def not_notified(self):
        return self.filter(is_notified=False).order_by("created_at")

    def purgeable(self, before):
        """Handled messages received before `before`; new ones are kept whatever their age."""
        return self.filter(status=ContactMessage.Status.HANDLED, created_at__lt=before)


class ContactMessage(VisitorData):
    """A message sent through the contact form: stored before anything else is tried."""

    dashboard_rank = 10
    retention = Retention(setting="CONTACT_RETENTION_DAYS")

    class Subject(models.TextChoices):
        GENERAL = "general", _("General question")
        VOLUNTEERING = "volunteering", _("Volunteering")
        WORKSHOP = "workshop", _("School workshop at Centre Gaïa")
        PARTNERSHIP = "partnership", _("Partnership")
        PRESS = "press", _("Press")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HANDLED = "handled", _("Handled")

    # Sent with the form, so that a double click or a replayed post stores one message.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), max_length=254)
    subject = models.CharField(_("subject"), max_length=20, choices=Subject.choices)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, help_text=_("Answer in it.")
    )
    consent = models.BooleanField(_("consent to the privacy notice"), default=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    internal_note = models.TextField(
        _("internal note"), blank=True, help_text=_("Seen by staff only, never by the sender.")
    )
    is_notified = models.BooleanField(
        _("email sent"),
        default=False,
        help_text=_("Unticked while the notification email could not be sent."),
    )
    notified_at = models.DateTimeField(_("email sent at"), null=True, blank=True)

    objects = ContactMessageQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a message"),
        the=pgettext_lazy("admin heading", "the message"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return f"{self.name} – {self.get_subject_display()}"
