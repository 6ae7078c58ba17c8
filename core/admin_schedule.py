"""Whether the public sees a record now, in the admin: a column, a filter (#8), and drafts
written in French first (#25)."""

from django import forms
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.translation_status import TARGET_LANGUAGES, translated_fields


@admin.display(description=_("on the site"))
def publication(obj):
    now = timezone.now()
    if not obj.is_published:
        return _("Hidden")
    if obj.publish_from and obj.publish_from > now:
        return _("From %(moment)s") % {
            "moment": date_format(timezone.localtime(obj.publish_from), "SHORT_DATETIME_FORMAT")
        }
    if obj.publish_until and obj.publish_until <= now:
        return _("Ended")
    if obj.publish_until:
        return _("Until %(moment)s") % {
            "moment": date_format(timezone.localtime(obj.publish_until), "SHORT_DATETIME_FORMAT")
        }
    return _("Visible")


class ScheduleFilter(admin.SimpleListFilter):
    title = _("on the site")
    parameter_name = "on_site"

    def lookups(self, request, model_admin):
        return [
            ("visible", _("Visible now")),
            ("scheduled", _("Scheduled")),
            ("ended", _("Ended")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "visible":
            return queryset.published(now)
        if self.value() == "scheduled":
            return queryset.scheduled(now)
        if self.value() == "ended":
            return queryset.ended(now)
        return queryset


def publication_state(obj, now=None):
    """("live" | "scheduled" | "ended" | "draft", what staff read) for a record's form."""
    now = now or timezone.now()
    if obj is None or obj.pk is None or not obj.is_published:
        return "draft", _("Draft: not shown on the site.")
    # Kinds without publication dates (offers, workshops) are live once published.
    publish_from = getattr(obj, "publish_from", None)
    publish_until = getattr(obj, "publish_until", None)
    if publish_from and publish_from > now:
        moment = date_format(timezone.localtime(publish_from), "SHORT_DATETIME_FORMAT")
        return "scheduled", _("Scheduled: on the site from %(moment)s.") % {"moment": moment}
    if publish_until and publish_until <= now:
        return "ended", _("Published, but its time on the site is over: not shown.")
    return "live", _("Live: shown on the site.")


class FrenchFirstForm(forms.ModelForm):
    """A draft saves with its French alone; the other languages are needed to publish it."""

    # The fields of other languages that the translation options require (#25).
    needed_to_publish = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.waiting_for_publication = []
        for name in self.needed_to_publish:
            field = self.fields.get(name)
            if field is not None and field.required:
                # Django then leaves the empty column out of the model's own validation.
                field.required = False
                self.waiting_for_publication.append(name)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("is_published"):
            for name in self.waiting_for_publication:
                if cleaned_data.get(name) in (None, "") and name not in self.errors:
                    self.add_error(
                        name,
                        _("Needed to publish: write it, or save the record as a draft."),
                    )
        return cleaned_data


class FrenchFirstAdmin(admin.ModelAdmin):
    """Drafts in French first (#25): the form says at its top whether the record is live,
    scheduled or a draft, offers "Save the draft" and "Save and publish", and the message
    after saving says which it now is."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        needed = [
            build_localized_fieldname(name, code)
            for name in translated_fields(self.model)
            for code in TARGET_LANGUAGES
        ]
        return type(form.__name__, (FrenchFirstForm, form), {"needed_to_publish": needed})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and ("_publish" in request.POST or "_draft" in request.POST):
            data = request.POST.copy()
            if "_publish" in data:
                data["is_published"] = "on"
            else:
                data.pop("is_published", None)
            data["_continue"] = "1"
            request.POST = data
        return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # A refused form holds the values typed, not the record: read what is stored.
        stored = None
        if obj is not None and obj.pk is not None:
            stored = self.model._default_manager.filter(pk=obj.pk).first()
        state, text = publication_state(stored)
        context["publication"] = {"state": state, "text": text}
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        request.publication_note = publication_state(obj)[1]

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        note = getattr(request, "publication_note", None)
        if level == messages.SUCCESS and note:
            message = f"{message} {note}"
        super().message_user(request, message, level, *args, **kwargs)
