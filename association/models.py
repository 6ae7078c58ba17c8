import datetime

from django.core.exceptions import ValidationError
from django.core.validators import slug_re
from django.db import models
from django.db.models import Case, F, Min, Q, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modeltranslation.utils import build_localized_fieldname, get_language

from core import images
from core.admin_names import AdminNames
from core.content import EDITORS, PublicContent, PublicQuerySet, SearchFields
from core.models import (
    PublishedModel,
    PublishedQuerySet,
    ScheduledModel,
    ScheduledQuerySet,
    SeededModel,
    order_field,
    publication_window_constraint,
    published_field,
    slug_field,
    summary_field,
    text_field,
    title_field,
)


class Country(PublicContent):
    dashboard_rank = 60

    code = models.CharField(
        _("country code"),
        max_length=2,
        unique=True,
        help_text=_("Two capital letters (ISO 3166), e.g. SN for Senegal."),
    )
    name = models.CharField(_("name"), max_length=80, help_text=_("e.g. Senegal."))

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a country"),
        the=pgettext_lazy("admin heading", "the country"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name


class PartnerQuerySet(PublicQuerySet):
    def in_order(self):
        return self.order_by("order", "name")


class Partner(images.DescribedImagesMixin, SeededModel, PublicContent):
    dashboard_rank = 50
    described_images = ("logo",)

    class Role(models.TextChoices):
        # In the order the partners page shows them (#16).
        FUNDER = "funder", _("Funder")
        PARTNER = "partner", _("Technical or local partner")
        NETWORK = "network", _("Network")
        EVALUATOR = "evaluator", _("Evaluator")

    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.PARTNER,
        help_text=_("The heading it is listed under on the partners page."),
    )

    name = models.CharField(
        _("short name"), max_length=120, help_text=_("As shown on the site, e.g. AFD.")
    )
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        blank=True,
        help_text=_("Written out, e.g. Agence française de développement."),
    )
    url = models.URLField(
        _("website"), blank=True, help_text=_("Its web address; the name then links to it.")
    )
    logo = images.ResponsiveImageField(
        _("logo"), upload_to="partners/", blank=True, renditions_field="logo_renditions"
    )
    logo_alt = models.CharField(
        _("logo description"),
        max_length=250,
        blank=True,
        help_text=_("Usually the partner's name as the logo writes it, e.g. “AFD”."),
    )
    logo_is_decorative = images.decorative_field()
    logo_renditions = images.renditions_field()
    order = order_field(help_text=_("Smaller numbers come first within the partner's role."))

    objects = PartnerQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a partner"),
        the=pgettext_lazy("admin heading", "the partner"),
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    @classmethod
    def by_role(cls, partners):
        """[(heading, [partners])] in the order of the roles, empty roles left out."""
        headings = {
            cls.Role.FUNDER: _("Funders"),
            cls.Role.PARTNER: _("Technical and local partners"),
            cls.Role.NETWORK: _("Networks"),
            cls.Role.EVALUATOR: _("Evaluators"),
        }
        groups = [(role, [p for p in partners if p.role == role]) for role in cls.Role]
        return [(headings[role], members) for role, members in groups if members]


class ProgrammeQuerySet(ScheduledQuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)

    def in_order(self):
        return self.order_by("order", "start_year", "name")

    def as_cards(self):
        """Only what a programme's card shows (acronym, name, summary, link): lists of
        programmes read a third of the columns, body and images left out."""
        return self.only("parent", "acronym", "name", "slug", "summary", "order", "start_year")

    def among(self, pks):
        """Those whose primary key is in `pks` (a list or a subquery)."""
        return self.filter(pk__in=pks)

    def with_either_slug(self, slug):
        """The programme with `slug` in the page's language, else in the other one: the news
        filter and feed accept both, so that the language switcher keeps them. A value no
        slug can be (a NUL character, which PostgreSQL refuses) matches nothing (#22)."""
        if not slug_re.match(slug):
            return self.none()
        this_language = build_localized_fieldname("slug", get_language())
        in_this_language = Case(When(**{this_language: slug}, then=0), default=1)
        return self.filter(Q(slug_fr=slug) | Q(slug_en=slug)).order_by(in_this_language)

    def with_children(self):
        return self.prefetch_related(
            models.Prefetch(
                "children",
                queryset=Programme.objects.published().in_order().as_cards(),
                to_attr="published_children",
            ),
            "countries",
        )

    def with_details(self):
        return (
            self.with_children()
            .select_related("parent")
            .prefetch_related("partners", "key_figures", Funding.prefetch_for(None))
        )

    def without_funder(self):
        return self.exclude(fundings__partner__isnull=False)

    def dashboard_notes(self):
        """(text, admin list query, is_alert) for the admin index: no funder recorded (#16)."""
        count = self.without_funder().count()
        if not count:
            return []
        text = ngettext("%(count)d without funder", "%(count)d without funder", count) % {
            "count": count
        }
        return [(text, "?has_funder=no", True)]


class Programme(images.DescribedImage, ScheduledModel, SeededModel, PublicContent):
    image_folder = "programmes/"
    dashboard_rank = 10
    sitemap_changefreq = "yearly"
    search = SearchFields(
        label=pgettext_lazy("search result kind", "Programme"),
        title=("acronym", "name_{lang}"),
        summary=("summary_{lang}",),
        body=("body_{lang}",),
        excerpt=("summary_{lang}", "body_{lang}"),
        display_title=lambda programme: programme.title,
    )

    acronym = models.CharField(
        _("acronym"), max_length=20, blank=True, help_text=_("e.g. PAEMS. Leave empty if none.")
    )
    name = models.CharField(
        _("name"), max_length=200, help_text=_("The full name, e.g. Centre Gaïa.")
    )
    slug = slug_field()
    summary = summary_field()
    body = text_field(_("The full presentation shown on the programme’s page."))
    start_year = models.PositiveSmallIntegerField(
        _("start year"), help_text=_("The year it began, e.g. 2012.")
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, help_text=_("Leave empty while it goes on.")
    )
    countries = models.ManyToManyField(
        Country,
        verbose_name=_("countries"),
        blank=True,
        related_name="programmes",
        help_text=_("The countries where it takes place."),
    )
    partners = models.ManyToManyField(
        Partner,
        verbose_name=_("funders and partners"),
        blank=True,
        related_name="programmes",
        help_text=_("Who funds it or works on it with us."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("e.g. Mondialis’Action is part of Centre Gaïa."),
    )
    is_published = published_field()
    order = order_field()

    objects = ProgrammeQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a programme"),
        the=pgettext_lazy("admin heading", "the programme"),
    )

    class Meta:
        ordering = ["order", "start_year", "name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="programme_end_year_after_start_year",
                violation_error_message=_("The end year cannot come before the start year."),
            ),
            publication_window_constraint("programme_publish_until_after_publish_from"),
        ]

    def __str__(self):
        return f"{self.acronym} – {self.name}" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse("association:programme_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        # The news filter and feed find a programme by either language's slug (#22).
        others = Programme.objects.exclude(pk=self.pk)
        clashes = {
            "slug_fr": self.slug_fr and others.filter(slug_en=self.slug_fr).exists(),
            "slug_en": self.slug_en and others.filter(slug_fr=self.slug_en).exists(),
        }
        errors = {
            field: _("This web address is already another programme’s in the other language.")
            for field, is_taken in clashes.items()
            if is_taken
        }
        if errors:
            raise ValidationError(errors)

    def get_preview_url(self):
        # Staff see an unpublished programme at its own address, under a preview banner.
        return self.get_absolute_url()

    @property
    def title(self):
        return str(self)

    def has_ended_on(self, day):
        return self.end_year is not None and self.end_year < day.year

    def fundings_on(self, day):
        """(current grants, past grants) on `day`, from the prefetched `fundings`. A grant's
        dates decide, and once the programme has ended none of its grants is current: an
        undated grant to an ended programme is a past one (#26)."""
        ended = self.has_ended_on(day)
        current, past = [], []
        for funding in self.fundings.all():
            if funding.is_current_on(day) and not ended:
                current.append(funding)
            elif funding.has_ended_on(day) or (ended and not funding.starts_after(day)):
                past.append(funding)
        return current, past


class FundingQuerySet(PublicQuerySet):
    def in_order(self):
        return self.order_by("partner__order", "partner__name", "start_date", "pk")


class Funding(SeededModel, PublicContent):
    """A partner's grant to a programme, with the wording the funder requires (#16)."""

    dashboard_rank = 55

    partner = models.ForeignKey(
        Partner,
        verbose_name=_("funder"),
        on_delete=models.CASCADE,
        related_name="fundings",
    )
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="fundings",
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("The first day of the grant; empty if unknown."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_(
            "The last day of the grant: the funder moves to “funded it before” the next "
            "day. Empty while it runs or if unknown."
        ),
    )
    wording = models.CharField(
        _("wording"),
        max_length=200,
        blank=True,
        help_text=_(
            "The sentence the funder requires, e.g. “Cofinancé par l’Union européenne” or "
            "“Avec le soutien de l’AFD”. Empty: the funder's name is shown."
        ),
    )

    objects = FundingQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a funding"),
        the=pgettext_lazy("admin heading", "the funding"),
    )

    class Meta:
        ordering = ["programme__order", "partner__order", "partner__name", "start_date"]
        verbose_name = _("funding")
        verbose_name_plural = _("fundings")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="funding_end_date_after_start_date",
                violation_error_message=_("The end date cannot come before the start date."),
            ),
        ]

    def __str__(self):
        return f"{self.partner} → {self.programme}"

    @classmethod
    def next_change(cls, now):
        """Midnight in the site's zone on the first day after `now`'s on which a grant starts
        or has ended: the programmes' "Supported by" blocks change then (#16)."""
        today = timezone.localdate(now)
        days = cls.objects.aggregate(
            starts=Min("start_date", filter=Q(start_date__gt=today)),
            ends=Min("end_date", filter=Q(end_date__gte=today)),
            # Once its programme has ended, no grant is current (#26).
            programme_ends=Min(
                "programme__end_year", filter=Q(programme__end_year__gte=today.year)
            ),
        )
        candidates = [days["starts"]]
        if days["ends"]:
            candidates.append(days["ends"] + datetime.timedelta(days=1))
        if days["programme_ends"]:
            candidates.append(datetime.date(days["programme_ends"] + 1, 1, 1))
        day = min((day for day in candidates if day), default=None)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time())) if day else None

    @staticmethod
    def prefetch_for(lookup):
        """The Prefetch that lets `funding_attribution` read the grants of the programmes
        at `lookup` (e.g. "programmes" from documents; None from programmes) with no query
        per record: pass it to `prefetch_related`."""
        path = f"{lookup}__fundings" if lookup else "fundings"
        return models.Prefetch(path, queryset=Funding.objects.select_related("partner").in_order())

    def is_current_on(self, day):
        return (self.start_date is None or self.start_date <= day) and (
            self.end_date is None or self.end_date >= day
        )

    def has_ended_on(self, day):
        return self.end_date is not None and self.end_date < day

    def starts_after(self, day):
        return self.start_date is not None and self.start_date > day

    def covers(self, when):
        """Whether a record dated `when` (a date, or a year as an int) falls in the grant."""
        if isinstance(when, int):
            first, last = datetime.date(when, 1, 1), datetime.date(when, 12, 31)
        elif when:
            first = last = when
        else:
            return False
        return (self.start_date is None or self.start_date <= last) and (
            self.end_date is None or self.end_date >= first
        )

    @property
    def text(self):
        return self.wording or self.partner.name


class KeyFigure(SeededModel, PublicContent):
    """One published number, stored once so that no page can show a second version of it."""

    dashboard_rank = 40

    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="key_figures",
        help_text=_("The programme the figure belongs to; empty for the whole association."),
    )
    value = models.CharField(_("value"), max_length=40, help_text=_("e.g. 124 or ≈ 10 000."))
    label = models.CharField(
        _("what it counts"), max_length=200, help_text=_("e.g. schools equipped with water.")
    )
    as_of = models.DateField(
        _("date"), null=True, blank=True, help_text=_("When the figure was true.")
    )
    source = models.CharField(
        _("source"), max_length=250, help_text=_("The document or page the figure comes from.")
    )
    source_url = models.URLField(
        _("source address"), blank=True, help_text=_("The web address of the source, if any.")
    )
    order = order_field()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a key figure"),
        the=pgettext_lazy("admin heading", "the key figure"),
    )

    class Meta:
        ordering = ["programme__order", "order", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.value} {self.label}"


class PageQuerySet(PublishedQuerySet):
    def notices(self):
        """The published privacy, legal and accessibility notices, each at its own address."""
        return self.published().filter(key__in=list(STANDALONE_PAGE_URLS)).order_by("key")

    def with_key(self, key):
        return self.published().filter(key=key)


class Page(PublishedModel, SeededModel, PublicContent):
    """Texts of the fixed pages (home, history), edited by staff like any other content."""

    # The fixed pages (home, history, legal notice…) are edited, never removed.
    staff_permissions = {EDITORS: ("add", "change", "view")}
    dashboard_rank = 30

    class Key(models.TextChoices):
        HOME = "home", _("Home page")
        HISTORY = "history", _("History page")
        PRIVACY = "privacy", _("Privacy notice")
        LEGAL = "legal", _("Legal notice")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")

    key = models.CharField(
        _("page"),
        max_length=40,
        choices=Key.choices,
        unique=True,
        help_text=_("Which page of the site this text belongs to."),
    )
    title = title_field(_("The main heading of the page."))
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown under the title and to search engines."),
    )
    body = text_field(_("The main text of the page."))
    is_published = published_field()

    objects = PageQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a page text"),
        the=pgettext_lazy("admin heading", "the page text"),
    )

    class Meta:
        ordering = ["key"]
        verbose_name = _("page text")
        verbose_name_plural = _("page texts")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.key in STANDALONE_PAGE_URLS:
            return reverse(STANDALONE_PAGE_URLS[self.key])
        return reverse({"home": "home", "history": "timeline:history"}[self.key])


# The pages shown by the generic page view, each at its own translated address.
STANDALONE_PAGE_URLS = {
    Page.Key.PRIVACY: "association:privacy",
    Page.Key.LEGAL: "association:legal",
    Page.Key.ACCESSIBILITY: "association:accessibility",
}


class LegalNotice(SeededModel, PublicContent):
    """Who publishes and hosts the site, as the LCEN (art. 6-III) requires every website to
    say (#26): one row of facts staff fill in, not a text to edit. A missing fact hides its
    line on the legal notice and is listed by `launch_check`, so a visitor never reads a
    placeholder."""

    staff_permissions = {EDITORS: ("add", "change", "view")}
    dashboard_rank = 90

    publisher_name = models.CharField(
        _("publisher"), max_length=200, blank=True, help_text=_("The association's legal name.")
    )
    publisher_address = models.TextField(
        _("registered office"), blank=True, help_text=_("The postal address of the seat.")
    )
    registration_number = models.CharField(
        _("RNA or SIREN number"),
        max_length=40,
        blank=True,
        help_text=_("The association's number in the national register (RNA) or its SIREN."),
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    director = models.CharField(
        _("director of publication"),
        max_length=200,
        blank=True,
        help_text=_("The person answerable for what the site publishes, usually the president."),
    )
    host_name = models.CharField(_("host"), max_length=200, blank=True)
    host_address = models.TextField(_("host's address"), blank=True)
    host_phone = models.CharField(_("host's telephone"), max_length=40, blank=True)
    mail_provider = models.CharField(
        _("e-mail provider"),
        max_length=200,
        blank=True,
        help_text=_(
            "The company that sends and stores the site's e-mails (contact copies, booking "
            "answers, newsletter confirmations): named in the privacy notice."
        ),
    )
    transfers_outside_eu = models.TextField(
        _("transfers outside the European Union"),
        blank=True,
        help_text=_(
            "Where the host or the e-mail provider keeps data outside the EU: where, and on "
            "what safeguard (e.g. standard contractual clauses). Empty: none."
        ),
    )

    REQUIRED = (
        "publisher_name",
        "publisher_address",
        "registration_number",
        "email",
        "phone",
        "director",
        "host_name",
        "host_address",
        "host_phone",
        "mail_provider",
    )

    class Meta:
        verbose_name = _("legal notice details")
        verbose_name_plural = _("legal notice details")

    def __str__(self):
        return str(_("Legal notice details"))

    def get_absolute_url(self):
        return reverse(STANDALONE_PAGE_URLS[Page.Key.LEGAL])

    def missing_fields(self):
        return [
            self._meta.get_field(name).verbose_name
            for name in self.REQUIRED
            if not getattr(self, name).strip()
        ]

    @classmethod
    def launch_problems(cls):
        notice = cls.objects.order_by("pk").first()
        if notice is None:
            return [(cls(), _("Legal notice details"), _("not filled in"))]
        return [(notice, label, _("missing")) for label in notice.missing_fields()]
