from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core import images
from core.admin import PageLikeAdmin
from core.admin_columns import to_confirm_column
from core.admin_schedule import FrenchFirstAdmin, ScheduleFilter, publication
from news.models import NewsPost


@admin.register(NewsPost)
class NewsPostAdmin(PageLikeAdmin, FrenchFirstAdmin, TabbedTranslationAdmin):
    list_display = ["title", "published_on", to_confirm_column, "is_published", publication]
    list_editable = ["is_published"]
    list_filter = ["is_published", ScheduleFilter, "to_confirm", "programmes", "countries"]
    more_search_fields = ["body"]
    ordering = ["-published_on", "-pk"]
    date_hierarchy = "published_on"
    filter_horizontal = ["programmes", "countries"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "published_on", "summary", "body"]}),
        (_("Programmes and countries"), {"fields": ["programmes", "countries"]}),
        images.image_fieldset(),
    ]

    def get_changeform_initial_data(self, request):
        # A new post starts hidden and dated today, so that staff preview it before the
        # public sees it.
        return {
            "is_published": False,
            "published_on": timezone.localdate(),
            **super().get_changeform_initial_data(request),
        }
