"""The two admin base classes every app's admin inherits, visibly (#8, #21).

`ContentAdmin`, for public content (core.content.PublicContent), gives:
- history and restore of every change (django-reversion's VersionAdmin, inlines followed);
- for translated models, the translation column, the "translation missing" filter and the
  "mark translations reviewed" action;
- for published kinds (core.models.PublishedModel), a refusal to delete what the public
  still sees;
- a "Voir sur le site" link that leads to the record's page, or to its preview while the
  public does not see it;
- for seeded kinds, which have a "to confirm" box, the "mark as confirmed" action (#18).

`VisitorDataAdmin`, for what visitors send (core.content.VisitorData), keeps no history:
it is purged on schedule and must leave no copy.

core.checks reports an admin of a declared model that does not inherit its base.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin

from core import translation_status as status
from core.models import PublishedModel, ScheduledModel, SeededModel


def language_name(code):
    return str(dict(settings.LANGUAGES)[code])


class TranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        choices = [
            (f"missing_{code}", _("%(language)s missing") % {"language": language_name(code)})
            for code in status.LANGUAGE_CODES
        ]
        choices += [
            (f"stale_{code}", _("%(language)s to review") % {"language": language_name(code)})
            for code in status.TARGET_LANGUAGES
        ]
        return choices

    def queryset(self, request, queryset):
        kind, _sep, code = (self.value() or "").partition("_")
        if kind == "missing" and code in status.LANGUAGE_CODES:
            return queryset.filter(status.missing_q(queryset.model, code))
        if kind == "stale" and code in status.TARGET_LANGUAGES:
            return queryset.filter(status.stale_q(queryset.model, code))
        return queryset


@admin.display(description=_("translations"))
def translation_column(obj):
    badges = []
    for code in status.LANGUAGE_CODES:
        missing = status.missing_fields(obj, code)
        if missing:
            fields = ", ".join(status.field_label(type(obj), name) for name in missing)
            hint = _("Missing: %(fields)s") % {"fields": fields}
            badges.append((code.upper(), "✗", hint))
        elif code in status.TARGET_LANGUAGES and status.is_stale(obj, code):
            badges.append((code.upper(), "⚠", _("The French changed since: to review")))
        else:
            badges.append((code.upper(), "✓", _("Complete")))
    return format_html_join(
        " ",
        '<span class="translation-badge" title="{2}">{0}&nbsp;{1}<span class="visually-hidden">'
        " ({2})</span></span>",
        badges,
    )


@admin.action(description=_("Mark the translations as reviewed"))
def mark_translations_reviewed(modeladmin, request, queryset):
    status.mark_reviewed(queryset)
    count = queryset.count()
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d record marked as reviewed.", "%(count)d records marked as reviewed.", count
        )
        % {"count": count},
        messages.SUCCESS,
    )


def published_pages(obj):
    """Where the public sees `obj` today, as addresses: what it vanishes from if deleted."""
    url = obj.get_absolute_url()
    return [url] if url and obj.is_live() else []


def delete_unpublished_only(modeladmin, request, queryset):
    published = [obj for obj in queryset if obj.is_published]
    if published:
        modeladmin.message_user(
            request,
            _("Published records cannot be deleted: untick “published” first (%(names)s).")
            % {"names": ", ".join(str(obj) for obj in published)},
            messages.ERROR,
        )
        return None
    return delete_selected(modeladmin, request, queryset)


@admin.action(description=_("Mark as confirmed (no longer “to confirm”)"))
def mark_confirmed(modeladmin, request, queryset):
    count = 0
    # Saved one by one, so that the page cache and the history see each change.
    for obj in queryset.filter(to_confirm=True):
        obj.to_confirm = False
        obj.save()
        count += 1
    modeladmin.message_user(
        request,
        ngettext("%(count)d record confirmed.", "%(count)d records confirmed.", count)
        % {"count": count},
        messages.SUCCESS,
    )


class ContentAdmin(VersionAdmin):
    """The admin of public content: inherited first, before modeltranslation's admins."""

    class Media:
        css = {"all": ["css/admin-workshop.css"]}

    def is_translated(self):
        return status.is_translated(self.model)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return status.with_change_times(queryset) if self.is_translated() else queryset

    def get_list_display(self, request):
        columns = super().get_list_display(request)
        return [*columns, translation_column] if self.is_translated() else columns

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        return [*filters, TranslationFilter] if self.is_translated() else filters

    def get_actions(self, request):
        actions = super().get_actions(request)
        may_change = self.has_change_permission(request)
        if self.is_translated() and may_change:
            actions["mark_translations_reviewed"] = self.get_action(mark_translations_reviewed)
        if issubclass(self.model, SeededModel) and may_change:
            actions["mark_confirmed"] = self.get_action(mark_confirmed)
        if issubclass(self.model, PublishedModel) and "delete_selected" in actions:
            _action, name, description = actions["delete_selected"]
            actions[name] = (delete_unpublished_only, name, description)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        """A published record is only deleted once unpublished: a deletion cannot be a slip."""
        obj = self.get_object(request, object_id)
        if obj is not None and issubclass(self.model, PublishedModel) and obj.is_published:
            pages = published_pages(obj)
            message = _(
                "“%(object)s” is published: untick “published” and save before deleting it."
            ) % {"object": obj}
            if pages:
                vanish = _("It would vanish from %(pages)s.") % {"pages": ", ".join(pages)}
                message = f"{message} {vanish}"
            self.message_user(request, message, messages.ERROR)
            opts = self.model._meta
            return HttpResponseRedirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            )
        return super().delete_view(request, object_id, extra_context)

    def get_view_on_site_url(self, obj=None):
        if obj is None:
            return super().get_view_on_site_url(obj)
        if not obj.is_live() and obj.get_preview_url():
            return obj.get_preview_url()
        if obj.get_absolute_url() is None:
            return None
        return super().get_view_on_site_url(obj)


class VisitorDataAdmin(admin.ModelAdmin):
    """The admin of what visitors send: no history, so that a purge leaves no copy."""


class PageLikeAdmin(ContentAdmin):
    """The admin of a kind with a page per record: news, events, offers, documents,
    workshops, programmes (#21).

    Its address is filled in from its title in each language as staff type it; the list's
    search reads the title and the summary, then `more_search_fields`; and its form ends with
    a "Publication" fieldset made from what the kind declares: the published box, the
    publication dates, `publication_fields` of its own (e.g. its order), "to confirm".
    """

    title_field = "title"
    more_search_fields = ()
    publication_fields = ()

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        # An attribute, not get_search_fields(): autocompletes of other admins read it.
        self.search_fields = [self.title_field, "summary", *self.more_search_fields]

    def get_prepopulated_fields(self, request, obj=None):
        return {
            build_localized_fieldname("slug", code): [
                build_localized_fieldname(self.title_field, code)
            ]
            for code in status.LANGUAGE_CODES
        }

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        # Without declared fieldsets, Django's single one already holds every field.
        if not self.fieldsets:
            return fieldsets
        return [*fieldsets, (_("Publication"), {"fields": self.publication_fieldset_fields()})]

    def publication_fieldset_fields(self):
        fields = []
        if issubclass(self.model, PublishedModel):
            fields.append("is_published")
        if issubclass(self.model, ScheduledModel):
            fields += ["publish_from", "publish_until"]
        fields += self.publication_fields
        if issubclass(self.model, SeededModel):
            fields += ["to_confirm", "to_confirm_note"]
        return fields
