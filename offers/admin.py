from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import PageLikeAdmin
from offers.models import Offer


@admin.register(Offer)
class OfferAdmin(PageLikeAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "kind",
        "place",
        "posted_on",
        "closes_on",
        "to_confirm",
        "is_published",
    ]
    list_editable = ["is_published"]
    list_filter = ["is_published", "kind", "to_confirm"]
    more_search_fields = ["place"]
    date_hierarchy = "closes_on"
    ordering = ["-closes_on"]
