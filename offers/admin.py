from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import PageLikeAdmin
from core.admin_columns import to_confirm_column
from core.admin_schedule import FrenchFirstAdmin
from offers.models import Offer


@admin.register(Offer)
class OfferAdmin(PageLikeAdmin, FrenchFirstAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "kind",
        "place",
        "posted_on",
        "closes_on",
        to_confirm_column,
        "is_published",
    ]
    list_editable = ["is_published"]
    list_filter = ["is_published", "kind", "to_confirm"]
    more_search_fields = ["place"]
    date_hierarchy = "closes_on"
    ordering = ["-closes_on"]
