from django.db import models
from django.db.models import F, Func, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from association.models import Programme
from core import images
from core.admin_names import AdminNames
from core.content import PublicContent, SearchFields
from core.models import (
    ScheduledModel,
    ScheduledQuerySet,
    SeededModel,
    order_field,
    publication_window_constraint,
    published_field,
    text_field,
    title_field,
)

# The history is read from 1981 onwards; a page of this many steps (about 16 KB of HTML) stays
# light on a phone on a slow network whatever the number of events, and the association's own
# history still fits on the first page.
EVENTS_PER_PAGE = 25

# chronological() as one ascending key after the year: a period (end year) before a single
# year, the longest period first.
PERIOD_KEY = -Coalesce("end_year", Value(-1))


class TimelineEventQuerySet(ScheduledQuerySet):
    def highlights(self):
        return self.filter(is_highlight=True)

    def chronological(self):
        # A period ("Les années 2000") comes before the single years it spans.
        return self.order_by("year", F("end_year").desc(nulls_last=True), "order", "pk")

    def of_programme(self, programme):
        return self.filter(programme=programme)

    def programme_ids(self):
        """The programmes these events link to, as a subquery."""
        return self.filter(programme__isnull=False).values("programme")

    def published_with(self, event):
        """The published events and `event`, whatever its state: the history it would join."""
        return self.filter(Q(pk__in=self.published().values("pk")) | Q(pk=event.pk))

    def with_programme(self):
        """With the programme that each event of the history links to."""
        return self.select_related("programme")

    def with_history_position(self):
        """With `history_position`: how many published events come before each one in
        chronological order, so that its address names the page of the history it is on
        (#21). One subquery, whatever the rows are filtered by."""
        before = (
            TimelineEvent.objects.published()
            .annotate(period_key=PERIOD_KEY)
            .filter(
                Q(year__lt=OuterRef("year"))
                | Q(year=OuterRef("year"), period_key__lt=OuterRef("period_key"))
                | Q(
                    year=OuterRef("year"),
                    period_key=OuterRef("period_key"),
                    order__lt=OuterRef("order"),
                )
                | Q(
                    year=OuterRef("year"),
                    period_key=OuterRef("period_key"),
                    order=OuterRef("order"),
                    pk__lt=OuterRef("pk"),
                )
            )
            .order_by()
            .annotate(count=Func(F("pk"), function="COUNT"))
            .values("count")
        )
        return self.annotate(period_key=PERIOD_KEY, history_position=Subquery(before))


class TimelineEvent(images.DescribedImage, ScheduledModel, SeededModel, PublicContent):
    image_folder = "timeline/"
    dashboard_rank = 20
    search = SearchFields(
        label=pgettext_lazy("search result kind", "History"),
        title=("title_{lang}",),
        summary=("period_label_{lang}", "year"),
        body=("body_{lang}",),
        excerpt=("body_{lang}",),
        queryset=lambda: TimelineEvent.objects.published().with_history_position(),
        url=lambda event: event.history_url(event.history_position),
        display_title=lambda event: f"{event.when} – {event.title}",
    )

    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year it happened, e.g. 1981.")
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        help_text=_("Only for a period, e.g. 2009 for “Les années 2000”."),
    )
    period_label = models.CharField(
        _("period name"),
        max_length=80,
        blank=True,
        help_text=_("Shown instead of the year, e.g. “Les années 2000”."),
    )
    title = title_field(_("A short sentence saying what happened."))
    body = text_field(_("The story of this step, a few paragraphs at most."))
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="timeline_events",
        help_text=_("The programme this step belongs to; the page then links to it."),
    )
    is_published = published_field()
    order = order_field(_("Orders events of the same year: smaller first."))
    is_highlight = models.BooleanField(
        _("on the home page"),
        default=False,
        help_text=_("Tick to show this step among the highlights of the home page."),
    )

    objects = TimelineEventQuerySet.as_manager()

    admin_names = AdminNames(
        a=pgettext_lazy("admin heading", "a history event"),
        the=pgettext_lazy("admin heading", "the history event"),
    )

    class Meta:
        ordering = ["year", "order", "pk"]
        verbose_name = _("history event")
        verbose_name_plural = _("history events")
        indexes = [
            # The history page reads events in this order, a page at a time: with the index
            # the database reads one page of rows instead of sorting them all.
            models.Index(
                F("year"),
                F("end_year").desc(nulls_last=True),
                F("order"),
                F("id"),
                name="timeline_event_chronology",
            ),
            # Counting the published events for the history's pager reads this index alone.
            models.Index(
                fields=["publish_from", "publish_until"],
                name="timeline_event_published",
                condition=Q(is_published=True),
            ),
            # The home page lists the highlights, a few among thousands of events.
            models.Index(
                F("year"), name="timeline_event_highlights", condition=Q(is_highlight=True)
            ),
            # When the next scheduled event appears or leaves (publication_moments): few
            # events have dates, so these stay small and spare every page a full scan.
            models.Index(
                F("publish_from"),
                name="timeline_event_publish_from",
                condition=Q(publish_from__isnull=False),
            ),
            models.Index(
                F("publish_until"),
                name="timeline_event_publish_until",
                condition=Q(publish_until__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gt=F("year")),
                name="timeline_event_end_year_after_year",
                violation_error_message=_("The end year must come after the year."),
            ),
            publication_window_constraint("timeline_event_publish_until_after_publish_from"),
        ]

    def __str__(self):
        return f"{self.when} – {self.title}"

    @property
    def when(self):
        if self.period_label:
            return self.period_label
        if self.end_year:
            return f"{self.year}–{self.end_year}"
        return str(self.year)

    @property
    def anchor(self):
        return f"event-{self.pk}"

    def get_absolute_url(self):
        position = (
            TimelineEvent.objects.filter(pk=self.pk)
            .with_history_position()
            .values_list("history_position", flat=True)
            .get()
        )
        return self.history_url(position)

    def history_url(self, position):
        """Its step on the page of the history that shows it, `position` steps from the start."""
        page = position // EVENTS_PER_PAGE + 1
        query = f"?page={page}" if page > 1 else ""
        return f"{reverse('timeline:history')}{query}#{self.anchor}"

    def get_preview_url(self):
        return reverse("timeline:event_preview", kwargs={"pk": self.pk})
