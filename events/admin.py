from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core import images
from core.admin import PageLikeAdmin
from core.admin_columns import to_confirm_column
from core.admin_schedule import FrenchFirstAdmin, ScheduleFilter, publication
from events.models import Event


class WhenFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Upcoming")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "upcoming":
            return queryset.upcoming(now)
        if self.value() == "past":
            return queryset.past(now)
        return queryset


@admin.register(Event)
class EventAdmin(PageLikeAdmin, FrenchFirstAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "start_date",
        "place",
        "status",
        to_confirm_column,
        "is_published",
        publication,
    ]
    list_editable = ["is_published"]
    list_filter = [WhenFilter, "is_published", ScheduleFilter, "to_confirm", "status", "place"]
    more_search_fields = ["address"]
    ordering = ["-start_date"]
    date_hierarchy = "start_date"
    list_select_related = ["place"]
    filter_horizontal = ["programmes"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body", "status"]}),
        (
            _("When"),
            {"fields": ["start_date", "start_time", "end_date", "end_time"]},
        ),
        (
            _("Where"),
            {
                "fields": ["place", "address", "url", "is_online", "time_zone"],
                "description": _(
                    "One of our places, or an address elsewhere with its link, or online."
                ),
            },
        ),
        (_("Registration"), {"fields": ["registration", "registration_url"]}),
        (_("Programmes"), {"fields": ["programmes"]}),
        images.image_fieldset(),
    ]

    def get_changeform_initial_data(self, request):
        return {"is_published": False, **super().get_changeform_initial_data(request)}
