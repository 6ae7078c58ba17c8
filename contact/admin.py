import csv

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from contact.models import Closure, ContactMessage, OpeningHours, Place, SocialLink
from contact.services import pending_notifications_send
from core.admin import ContentAdmin, VisitorDataAdmin
from core.admin_columns import to_confirm_column


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0
    ordering = ["weekday", "opens"]


class ClosureForm(forms.ModelForm):
    """A closure of one day is typed once: the last day defaults to the first (#25)."""

    class Meta:
        model = Closure
        fields = ["place", "start_date", "end_date", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["end_date"].required = False

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if start and not end and "end_date" not in self.errors:
            cleaned_data["end_date"] = start
        return cleaned_data


class ClosureInline(TranslationTabularInline):
    model = Closure
    form = ClosureForm
    extra = 0
    ordering = ["-start_date"]


@admin.register(Place)
class PlaceAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = [
        "name",
        "locality",
        "country",
        "phone",
        "time_zone",
        to_confirm_column,
        "is_published",
        "order",
    ]
    list_editable = ["is_published", "order"]
    list_filter = ["is_published", "to_confirm", "country", "time_zone"]
    search_fields = ["name", "locality", "street_address"]
    ordering = ["order", "name"]
    inlines = [OpeningHoursInline, ClosureInline]


@admin.register(SocialLink)
class SocialLinkAdmin(ContentAdmin):
    list_display = ["network", "url", to_confirm_column, "is_published", "order"]
    list_editable = ["is_published", "order"]
    list_filter = ["is_published", "network"]
    search_fields = ["url"]
    ordering = ["order"]


# Spreadsheet programs run a cell that starts with one of these as a formula: a visitor's
# text must stay text in the export.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@admin.register(ContactMessage)
class ContactMessageAdmin(VisitorDataAdmin):
    """The reception staff's inbox: the visitor's text is read-only, only the handling
    (status, internal note) is edited."""

    list_display = ["created_at", "name", "email", "subject", "language", "status", "is_notified"]
    list_display_links = ["created_at", "name"]
    list_filter = ["status", "subject", "language", "created_at", "is_notified"]
    search_fields = ["name", "email", "message", "internal_note"]
    date_hierarchy = "created_at"
    ordering = ["-created_at"]
    actions = ["mark_handled", "export_csv", "send_notification"]
    fields = [
        "created_at",
        "name",
        "email",
        "subject",
        "language",
        "message",
        "consent",
        "is_notified",
        "notified_at",
        "status",
        "internal_note",
    ]
    readonly_fields = [field for field in fields if field not in ("status", "internal_note")]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Mark the selected messages as handled"))
    def mark_handled(self, request, queryset):
        count = queryset.exclude(status=ContactMessage.Status.HANDLED).update(
            status=ContactMessage.Status.HANDLED
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d message marked as handled.",
                "%(count)d messages marked as handled.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Send the notification email of the selected messages"))
    def send_notification(self, request, queryset):
        """What `send_pending_notifications` does, for staff who cannot run commands."""
        sent, failed = pending_notifications_send(messages=queryset)
        if sent:
            self.message_user(
                request,
                ngettext("%(count)d email sent.", "%(count)d emails sent.", sent) % {"count": sent},
                messages.SUCCESS,
            )
        if failed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d email could not be sent: mail is still failing.",
                    "%(count)d emails could not be sent: mail is still failing.",
                    failed,
                )
                % {"count": failed},
                messages.ERROR,
            )
        if not sent and not failed:
            self.message_user(
                request, _("Every selected message had already been sent."), messages.INFO
            )

    @admin.action(description=_("Export the selected messages as CSV"))
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="messages.csv"'
        # A byte-order mark, so that spreadsheet programs read the accents right.
        response.write("\ufeff")
        columns = [
            "created_at",
            "name",
            "email",
            "subject",
            "language",
            "message",
            "status",
            "internal_note",
        ]
        writer = csv.writer(response)
        writer.writerow(
            [str(ContactMessage._meta.get_field(name).verbose_name) for name in columns]
        )
        for message in queryset.order_by("-created_at"):
            writer.writerow(
                [
                    timezone.localtime(message.created_at).strftime("%Y-%m-%d %H:%M"),
                    _csv_cell(message.name),
                    _csv_cell(message.email),
                    message.get_subject_display(),
                    message.get_language_display(),
                    _csv_cell(message.message),
                    message.get_status_display(),
                    _csv_cell(message.internal_note),
                ]
            )
        return response


@admin.register(Closure)
class ClosureAdmin(ContentAdmin, TabbedTranslationAdmin):
    """Closures of every place in one list, for reception staff planning the holidays (#8)."""

    form = ClosureForm
    list_display = ["reason", "place", "start_date", "end_date"]
    list_filter = ["place"]
    search_fields = ["reason", "place__name"]
    date_hierarchy = "start_date"
    ordering = ["-start_date"]
    list_select_related = ["place"]
