from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from association.models import (
    Country,
    Funding,
    KeyFigure,
    LegalNotice,
    Page,
    Partner,
    Programme,
)
from core.admin import ContentAdmin, PageLikeAdmin
from core.admin_columns import to_confirm_column
from core.admin_schedule import FrenchFirstAdmin, ScheduleFilter, publication
from core.images import image_fieldset

admin.site.site_header = _("Le Partenariat – administration")
admin.site.site_title = _("Le Partenariat")
admin.site.index_title = _("Site content")


@admin.register(Country)
class CountryAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
    ordering = ["name"]


@admin.register(Partner)
class PartnerAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = ["name", "full_name", "role", "url", to_confirm_column, "order"]
    list_editable = ["order"]
    list_filter = ["role", "to_confirm"]
    search_fields = ["name", "full_name"]
    ordering = ["role", "order", "name"]


@admin.register(Funding)
class FundingAdmin(ContentAdmin, TabbedTranslationAdmin):
    autocomplete_fields = ["partner", "programme"]
    list_display = ["partner", "programme", "start_date", "end_date", "wording", to_confirm_column]
    list_filter = ["programme", "partner", "to_confirm"]
    search_fields = ["partner__name", "programme__name", "programme__acronym", "wording"]
    ordering = ["programme__order", "partner__name", "start_date"]
    list_select_related = ["partner", "programme"]


class FunderFilter(admin.SimpleListFilter):
    """Which programmes have no funder recorded (#16)."""

    title = _("funder recorded")
    parameter_name = "has_funder"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No funder recorded"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(has_funder=True)
        if self.value() == "no":
            return queryset.filter(has_funder=False)
        return queryset


class KeyFigureInline(TranslationTabularInline):
    model = KeyFigure
    extra = 0
    ordering = ["order", "pk"]
    fields = [
        "value",
        "label",
        "as_of",
        "source",
        "source_url",
        "to_confirm",
        "to_confirm_note",
        "order",
    ]


@admin.register(Programme)
class ProgrammeAdmin(PageLikeAdmin, FrenchFirstAdmin, TabbedTranslationAdmin):
    list_display = [
        "name",
        "acronym",
        "parent",
        "start_year",
        "end_year",
        to_confirm_column,
        "is_published",
        publication,
        "has_funder",
        "order",
    ]
    list_editable = ["is_published", "order"]
    list_filter = [
        "is_published",
        ScheduleFilter,
        FunderFilter,
        "to_confirm",
        "countries",
        "parent",
    ]
    title_field = "name"
    more_search_fields = ["acronym"]
    publication_fields = ["order"]
    ordering = ["order", "start_year"]
    filter_horizontal = ["countries", "partners"]
    # Grants are edited on their own admin page (Funding), which every programme form would
    # otherwise have to carry as a second inline.
    inlines = [KeyFigureInline]
    fieldsets = [
        (None, {"fields": ["acronym", "name", "slug", "summary", "body"]}),
        (_("Dates and places"), {"fields": ["start_year", "end_year", "countries", "parent"]}),
        (_("Funders and partners"), {"fields": ["partners"]}),
        image_fieldset(),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(has_funder=Exists(Funding.objects.filter(programme=OuterRef("pk"))))
        )

    @admin.display(description=_("funder recorded"), boolean=True, ordering="has_funder")
    def has_funder(self, programme):
        return programme.has_funder

    def get_changeform_initial_data(self, request):
        # A new programme starts hidden, so that staff preview it before the public sees it.
        return {"is_published": False, **super().get_changeform_initial_data(request)}


@admin.register(KeyFigure)
class KeyFigureAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = ["value", "label", "programme", "as_of", "source", to_confirm_column, "order"]
    list_editable = ["order"]
    list_filter = ["to_confirm", "programme"]
    search_fields = ["value", "label", "source"]
    ordering = ["programme__order", "order"]
    list_select_related = ["programme"]


@admin.register(Page)
class PageAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = ["title", "key", "updated_at", "is_published"]
    list_editable = ["is_published"]
    list_filter = ["is_published"]
    search_fields = ["title", "intro", "body"]
    ordering = ["key"]


@admin.register(LegalNotice)
class LegalNoticeAdmin(ContentAdmin):
    list_display = ["__str__", "publisher_name", "director", "host_name", "to_confirm"]
    list_filter = ["to_confirm"]
    search_fields = ["publisher_name", "director", "host_name"]
    ordering = ["pk"]
    fieldsets = [
        (
            _("Publisher"),
            {
                "fields": [
                    "publisher_name",
                    "publisher_address",
                    "registration_number",
                    "email",
                    "phone",
                    "director",
                ]
            },
        ),
        (_("Host"), {"fields": ["host_name", "host_address", "host_phone"]}),
        (_("Privacy notice"), {"fields": ["mail_provider", "transfers_outside_eu"]}),
        (None, {"fields": ["to_confirm"]}),
    ]

    def has_add_permission(self, request):
        # One row of facts: staff complete it, they do not add a second one.
        return super().has_add_permission(request) and not LegalNotice.objects.exists()
