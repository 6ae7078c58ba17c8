import contextlib
import datetime

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import ContentAdmin, PageLikeAdmin, VisitorDataAdmin
from core.admin_columns import to_confirm_column
from core.admin_schedule import FrenchFirstAdmin
from core.images import image_fieldset
from workshops.forms import DeclineForm
from workshops.models import BookableDay, BookingRequest, Workshop
from workshops.services import booking_confirm, booking_decline, reception_sheet


@admin.register(Workshop)
class WorkshopAdmin(PageLikeAdmin, FrenchFirstAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "programme",
        "place",
        "duration_minutes",
        "capacity",
        to_confirm_column,
        "is_published",
        "order",
    ]
    list_editable = ["is_published", "order"]
    list_filter = ["is_published", "to_confirm", "programme", "place"]
    more_search_fields = ["description"]
    publication_fields = ["order"]
    ordering = ["order", "title"]
    list_select_related = ["programme", "place"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description"]}),
        (
            gettext_lazy("Audience and practical details"),
            {
                "fields": [
                    "level_from",
                    "level_to",
                    "duration_minutes",
                    "capacity",
                    "price_note",
                    "programme",
                    "place",
                ]
            },
        ),
        image_fieldset(),
    ]


def local(moment, place):
    return moment.astimezone(place.zone)


@admin.register(BookingRequest)
class BookingRequestAdmin(VisitorDataAdmin):
    list_display = [
        "created_at",
        "school",
        "town",
        "workshop",
        "class_level",
        "pupils",
        "preferred_slot_list",
        "status",
        "confirmed_slot",
    ]
    list_filter = ["status", "workshop"]
    search_fields = ["school", "town", "contact_name", "email"]
    ordering = ["-created_at"]
    list_select_related = ["workshop", "place"]
    date_hierarchy = "created_at"
    change_form_template = "admin/workshops/bookingrequest/change_form.html"
    change_list_template = "admin/workshops/bookingrequest/change_list.html"
    # What the teacher sent is kept as sent; staff answer with the buttons above the form.
    readonly_fields = [
        "workshop",
        "school",
        "town",
        "contact_name",
        "email",
        "phone",
        "class_level",
        "pupils",
        "message",
        "preferred_slot_list",
        "language",
        "created_at",
        "status",
        "confirmed_slot",
        "staff_message",
        "handled_at",
    ]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    @admin.display(description=gettext_lazy("confirmed slot"), ordering="confirmed_start")
    def confirmed_slot(self, obj):
        if not obj.confirmed_start:
            return "–"
        start, end = local(obj.confirmed_start, obj.place), local(obj.confirmed_end, obj.place)
        return f"{date_format(start, 'l j F Y')}, {start:%H:%M}–{end:%H:%M}"

    @admin.display(description=gettext_lazy("preferred slots"))
    def preferred_slot_list(self, obj):
        return ", ".join(
            f"{date_format(start, 'l j F Y')} {start:%H:%M}" for start in obj.preferred_starts
        )

    def get_urls(self):
        return [
            path(
                "day/",
                self.admin_site.admin_view(self.day_view),
                name="workshops_bookingrequest_day",
            ),
            path(
                "<int:pk>/confirm/",
                self.admin_site.admin_view(self.confirm_view),
                name="workshops_bookingrequest_confirm",
            ),
            path(
                "<int:pk>/decline/",
                self.admin_site.admin_view(self.decline_view),
                name="workshops_bookingrequest_decline",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        booking = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if (
            booking is not None
            and booking.status == BookingRequest.Status.NEW
            and self.has_change_permission(request, booking)
        ):
            taken = BookingRequest.objects.taken_starts(booking.place_id, booking.preferred_starts)
            extra_context["can_answer"] = True
            extra_context["slot_choices"] = [
                {
                    "value": start.isoformat(),
                    "label": f"{date_format(start, 'l j F Y')}, {start:%H:%M}",
                    "is_taken": start in taken,
                }
                for start in booking.preferred_starts
            ]
            extra_context["decline_form"] = DeclineForm()
        return super().change_view(request, object_id, form_url, extra_context)

    def answer_allowed(self, request):
        return self.has_change_permission(request) and request.method == "POST"

    def confirm_view(self, request, pk):
        booking = get_object_or_404(BookingRequest, pk=pk)
        change_url = reverse("admin:workshops_bookingrequest_change", args=[pk])
        if not self.answer_allowed(request):
            return redirect(change_url)
        try:
            start = datetime.datetime.fromisoformat(request.POST.get("start", ""))
            booking = booking_confirm(booking=booking, start=start)
        except ValueError:
            self.message_user(request, _("Choose one of the slots."), messages.ERROR)
            return redirect(change_url)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return redirect(change_url)
        self.message_user(
            request,
            _("Confirmed: %(booking)s, %(slot)s. The teacher has been sent the calendar file.")
            % {"booking": booking, "slot": self.confirmed_slot(booking)},
            messages.SUCCESS,
        )
        return redirect("admin:workshops_bookingrequest_changelist")

    def decline_view(self, request, pk):
        booking = get_object_or_404(BookingRequest, pk=pk)
        change_url = reverse("admin:workshops_bookingrequest_change", args=[pk])
        form = DeclineForm(request.POST or None)
        if not self.answer_allowed(request) or not form.is_valid():
            self.message_user(request, _("Write a message to the teacher."), messages.ERROR)
            return redirect(change_url)
        try:
            booking_decline(booking=booking, message=form.cleaned_data["message"])
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return redirect(change_url)
        self.message_user(
            request, _("Declined: %(booking)s.") % {"booking": booking}, messages.SUCCESS
        )
        return redirect("admin:workshops_bookingrequest_changelist")

    def day_view(self, request):
        """Reception's sheet: today's groups and the week's, with their pupils."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        today = timezone.localdate()
        # A bad or missing ?day= falls back to today rather than an error page.
        with contextlib.suppress(ValueError):
            today = datetime.date.fromisoformat(request.GET.get("day", ""))
        sheet = reception_sheet(day=today)
        monday = sheet.monday
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Reception: groups of %(day)s") % {"day": date_format(today, "l j F Y")},
            "today": today,
            "today_bookings": sheet.today_bookings,
            "today_pupils": sheet.today_pupils,
            "week": sheet.week,
            "week_pupils": sheet.week_pupils,
            "monday": monday,
            "previous_week": monday - datetime.timedelta(days=7),
            "next_week": monday + datetime.timedelta(days=7),
        }
        return TemplateResponse(request, "admin/workshops/bookingrequest/day.html", context)


@admin.register(BookableDay)
class BookableDayAdmin(ContentAdmin):
    list_display = ["day", "place", "note"]
    list_filter = ["place"]
    search_fields = ["note"]
    ordering = ["-day"]
    date_hierarchy = "day"
