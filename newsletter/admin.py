from django.contrib import admin, messages
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import VisitorDataAdmin
from core.spreadsheet import csv_response
from newsletter.models import Subscription
from newsletter.services import unsubscribe_url


@admin.register(Subscription)
class SubscriptionAdmin(VisitorDataAdmin):
    """Read-only: addresses come and go through the visitors' own links (#17)."""

    list_display = ["email", "language", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "language", "created_at"]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    ordering = ["-created_at"]
    actions = ["export_csv"]
    fields = [
        "email",
        "language",
        "status",
        "consent_text",
        "consented_at",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Export the selected subscribers as CSV (confirmed ones only)"))
    def export_csv(self, request, queryset):
        confirmed = queryset.confirmed().order_by("confirmed_at")
        skipped = queryset.count() - confirmed.count()
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d address not confirmed was left out.",
                    "%(count)d addresses not confirmed were left out.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
        header = [
            Subscription._meta.get_field("email").verbose_name,
            Subscription._meta.get_field("language").verbose_name,
            Subscription._meta.get_field("consented_at").verbose_name,
            Subscription._meta.get_field("consent_text").verbose_name,
            Subscription._meta.get_field("confirmed_at").verbose_name,
            _("unsubscription link"),
        ]
        rows = (
            [
                subscription.email,
                subscription.language,
                timezone.localtime(subscription.consented_at).strftime("%Y-%m-%d %H:%M"),
                subscription.consent_text,
                timezone.localtime(subscription.confirmed_at).strftime("%Y-%m-%d %H:%M"),
                unsubscribe_url(subscription),
            ]
            for subscription in confirmed
        )
        header = [capfirst(str(title)) for title in header]
        return csv_response("newsletter-subscribers.csv", header, rows)
