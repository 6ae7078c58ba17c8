"""What every admin page of the site's content gets, whoever wrote its ModelAdmin (#8).

`equip_admin_site` runs once the admin has loaded every app's `admin.py`. It gives the admin of
every model declared as public content or visitor data (core.content), including those of
apps added later:
- history and restore of every change (django-reversion's VersionAdmin, inlines followed),
  except for what visitors send, which is purged on schedule and must leave no copy;
- for translated models, the translation column, the "translation missing" filter and the
  "mark translations reviewed" action;
- for models with a published flag, a refusal to delete what the public still sees;
- for models with a preview, a "Voir sur le site" link that leads to it;
- for models with a "to confirm" box, the "mark as confirmed" action (#18).
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from core import translation_status as status
from core.content import is_public_content, is_visitor_data


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


class TranslationStatusAdmin(admin.ModelAdmin):
    class Media:
        css = {"all": ["css/admin-workshop.css"]}

    def get_queryset(self, request):
        return status.with_change_times(super().get_queryset(request))

    def get_list_display(self, request):
        return [*super().get_list_display(request), translation_column]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationFilter]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_change_permission(request):
            actions["mark_translations_reviewed"] = self.get_action(mark_translations_reviewed)
        return actions


def published_pages(obj):
    """Where the public sees `obj` today, as addresses: what it vanishes from if deleted."""
    if not hasattr(obj, "get_absolute_url"):
        return []
    is_live = obj.is_live() if hasattr(obj, "is_live") else obj.is_published
    return [obj.get_absolute_url()] if is_live else []


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


class PublishedDeletionGuardAdmin(admin.ModelAdmin):
    """A published record is only deleted once unpublished: a deletion cannot be a slip."""

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and obj.is_published:
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

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:
            _action, name, description = actions["delete_selected"]
            actions[name] = (delete_unpublished_only, name, description)
        return actions


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


class ConfirmAdmin(admin.ModelAdmin):
    """Records seeded from old documents or guesses are confirmed from their list (#18)."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_change_permission(request):
            actions["mark_confirmed"] = self.get_action(mark_confirmed)
        return actions


class PreviewAdmin(admin.ModelAdmin):
    def get_view_on_site_url(self, obj=None):
        if obj is not None and not obj.is_live():
            return obj.get_preview_url()
        return super().get_view_on_site_url(obj)


def equip_admin_site(site):
    """Re-register each content model's admin with the behaviours above mixed in."""
    for model, model_admin in list(site._registry.items()):
        # Accounts, second factors, lockouts: not the site's content nor visitors' data.
        if not (is_public_content(model) or is_visitor_data(model)):
            continue
        bases = []
        if status.is_translated(model):
            bases.append(TranslationStatusAdmin)
        if hasattr(model, "get_preview_url") and hasattr(model, "is_live"):
            bases.append(PreviewAdmin)
        if any(field.name == "is_published" for field in model._meta.get_fields()):
            bases.append(PublishedDeletionGuardAdmin)
        if any(field.name == "to_confirm" for field in model._meta.get_fields()):
            bases.append(ConfirmAdmin)
        if not isinstance(model_admin, VersionAdmin) and not is_visitor_data(model):
            bases.append(VersionAdmin)
        bases = [base for base in bases if not isinstance(model_admin, base)]
        if not bases:
            continue
        admin_class = type(model_admin)
        equipped = type(
            admin_class.__name__, (*bases, admin_class), {"__module__": admin_class.__module__}
        )
        site.unregister(model)
        site.register(model, equipped)
