from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from association.models import Country, KeyFigure, Page, Partner, Programme
from core.admin_schedule import ScheduleFilter, publication
from core.images import image_fieldset

admin.site.site_header = _("Le Partenariat – administration")
admin.site.site_title = _("Le Partenariat")
admin.site.index_title = _("Site content")


@admin.register(Country)
class CountryAdmin(TabbedTranslationAdmin):
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
    ordering = ["name"]


@admin.register(Partner)
class PartnerAdmin(TabbedTranslationAdmin):
    list_display = ["name", "full_name", "url", "to_confirm"]
    list_filter = ["to_confirm"]
    search_fields = ["name", "full_name"]
    ordering = ["name"]


class KeyFigureInline(TranslationTabularInline):
    model = KeyFigure
    extra = 0
    ordering = ["order", "pk"]
    fields = ["value", "label", "as_of", "source", "source_url", "to_confirm", "order"]


@admin.register(Programme)
class ProgrammeAdmin(TabbedTranslationAdmin):
    list_display = [
        "name",
        "acronym",
        "parent",
        "start_year",
        "end_year",
        "to_confirm",
        "is_published",
        publication,
        "order",
    ]
    list_editable = ["is_published", "order"]
    list_filter = ["is_published", ScheduleFilter, "to_confirm", "countries", "parent"]
    search_fields = ["acronym", "name", "summary"]
    ordering = ["order", "start_year"]
    filter_horizontal = ["countries", "partners"]
    inlines = [KeyFigureInline]
    fieldsets = [
        (None, {"fields": ["acronym", "name", "slug", "summary", "body"]}),
        (_("Dates and places"), {"fields": ["start_year", "end_year", "countries", "parent"]}),
        (_("Funders and partners"), {"fields": ["partners"]}),
        image_fieldset(),
        (
            _("Publication"),
            {"fields": ["is_published", "publish_from", "publish_until", "order", "to_confirm"]},
        ),
    ]

    def get_prepopulated_fields(self, request, obj=None):
        return {"slug_fr": ["name_fr"], "slug_en": ["name_en"]}

    def get_changeform_initial_data(self, request):
        # A new programme starts hidden, so that staff preview it before the public sees it.
        return {"is_published": False, **super().get_changeform_initial_data(request)}


@admin.register(KeyFigure)
class KeyFigureAdmin(TabbedTranslationAdmin):
    list_display = ["value", "label", "programme", "as_of", "source", "to_confirm", "order"]
    list_editable = ["order"]
    list_filter = ["to_confirm", "programme"]
    search_fields = ["value", "label", "source"]
    ordering = ["programme__order", "order"]
    list_select_related = ["programme"]


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ["title", "key", "updated_at", "is_published"]
    list_editable = ["is_published"]
    list_filter = ["is_published"]
    search_fields = ["title", "intro", "body"]
    ordering = ["key"]
