from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from contact.models import Closure, OpeningHours, Place, SocialLink


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0
    ordering = ["weekday", "opens"]


class ClosureInline(TranslationTabularInline):
    model = Closure
    extra = 0
    ordering = ["-start_date"]


@admin.register(Place)
class PlaceAdmin(TabbedTranslationAdmin):
    list_display = [
        "name",
        "locality",
        "country",
        "phone",
        "time_zone",
        "to_confirm",
        "is_published",
        "order",
    ]
    list_editable = ["is_published", "order"]
    list_filter = ["is_published", "to_confirm", "country", "time_zone"]
    search_fields = ["name", "locality", "street_address"]
    ordering = ["order", "name"]
    inlines = [OpeningHoursInline, ClosureInline]


@admin.register(SocialLink)
class SocialLinkAdmin(admin.ModelAdmin):
    list_display = ["network", "url", "to_confirm", "is_published", "order"]
    list_editable = ["is_published", "order"]
    list_filter = ["is_published", "network"]
    search_fields = ["url"]
    ordering = ["order"]
