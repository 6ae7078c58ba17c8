from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import ContentAdmin
from support.models import SupportSettings


@admin.register(SupportSettings)
class SupportSettingsAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = ["__str__", "giving_url", "membership_fee", "gives_tax_reduction", "to_confirm"]
    list_filter = ["to_confirm"]
    search_fields = ["why_give", "volunteering_text"]
    ordering = ["pk"]
    filter_horizontal = ["key_figures"]
    fieldsets = [
        (None, {"fields": ["to_confirm", "why_give", "gift_impact", "key_figures"]}),
        (
            _("How to give"),
            {
                "fields": [
                    "giving_url",
                    "cheque_instructions",
                    "transfer_instructions",
                    "gives_tax_reduction",
                ]
            },
        ),
        (_("Membership"), {"fields": ["membership_url", "membership_fee", "membership_text"]}),
        (_("Volunteering"), {"fields": ["volunteering_text"]}),
    ]

    def has_add_permission(self, request):
        # One page, one row: staff edit it, they do not add a second one.
        return super().has_add_permission(request) and not SupportSettings.objects.exists()
