from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import ContentAdmin
from core.admin_schedule import FrenchFirstAdmin, ScheduleFilter, publication
from core.images import IMAGE_FIELDS
from timeline.models import TimelineEvent


@admin.register(TimelineEvent)
class TimelineEventAdmin(ContentAdmin, FrenchFirstAdmin, TabbedTranslationAdmin):
    list_display = [
        "year",
        "title",
        "period_label",
        "programme",
        "is_highlight",
        "is_published",
        publication,
    ]
    list_display_links = ["year", "title"]
    list_editable = ["is_highlight", "is_published"]
    list_filter = ["is_published", ScheduleFilter, "is_highlight", "programme"]
    search_fields = ["title", "body", "period_label"]
    ordering = ["year", "order"]
    list_select_related = ["programme"]
    fields = [
        "year",
        "end_year",
        "period_label",
        "title",
        "body",
        "programme",
        *IMAGE_FIELDS,
        "is_published",
        "publish_from",
        "publish_until",
        "is_highlight",
        "order",
        "to_confirm",
        "to_confirm_note",
    ]

    def get_changeform_initial_data(self, request):
        # A new step starts hidden, so that staff preview it before the public sees it.
        return {"is_published": False, **super().get_changeform_initial_data(request)}
