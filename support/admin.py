from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import ContentAdmin
from core.admin_columns import to_confirm_column
from support.models import SupportSettings


@admin.register(SupportSettings)
class SupportSettingsAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = [
        "__str__",
        "giving_url",
        "membership_fee",
        "gives_tax_reduction",
        to_confirm_column,
    ]
    list_filter = ["to_confirm"]
    search_fields = ["why_give", "volunteering_text"]
    ordering = ["pk"]
    filter_horizontal = ["key_figures"]
    fieldsets = [
        (
            None,
            {"fields": ["to_confirm", "to_confirm_note", "why_give", "gift_impact", "key_figures"]},
        ),
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

    # One page, one form (#25): the list of one row and its delete action only confused staff.
    def changelist_view(self, request, extra_context=None):
        settings = SupportSettings.objects.order_by("pk").first()
        if settings is None:
            return redirect(reverse("admin:support_supportsettings_add"))
        return redirect(reverse("admin:support_supportsettings_change", args=[settings.pk]))

    def has_delete_permission(self, request, obj=None):
        return False

    def response_add(self, request, obj, post_url_continue=None):
        return self._saved(request, obj)

    def response_change(self, request, obj):
        return self._saved(request, obj)

    def _saved(self, request, obj):
        self.message_user(request, gettext("The “Support us” page is saved."), messages.SUCCESS)
        return redirect(reverse("admin:support_supportsettings_change", args=[obj.pk]))

    def has_add_permission(self, request):
        # One page, one row: staff edit it, they do not add a second one.
        return super().has_add_permission(request) and not SupportSettings.objects.exists()
