from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from core import images
from core.admin import ContentAdmin, VisitorDataAdmin
from core.admin_schedule import ScheduleFilter, publication
from core.models import MissingPage, Redirect
from core.redirects import redirects_import
from pages.models import MenuEntry, Page, Section


class SectionInline(TranslationStackedInline):
    model = Section
    fk_name = "page"
    extra = 0
    ordering = ["order", "pk"]
    autocomplete_fields = ["target_page"]
    filter_horizontal = ["key_figures", "documents"]
    fieldsets = [
        (None, {"fields": ["kind", "order", "heading"]}),
        (_("Text"), {"fields": ["body"]}),
        (_("Image, or thumbnail of a video"), {"fields": images.IMAGE_FIELDS}),
        (_("Facts table"), {"fields": ["facts"]}),
        (_("Key figures and documents"), {"fields": ["key_figures", "documents"]}),
        (_("Call to action"), {"fields": ["action", "target_page", "button_label"]}),
        (_("Quote"), {"fields": ["quote", "quote_author"]}),
        (_("Video"), {"fields": ["video_url"]}),
    ]


@admin.register(Page)
class PageAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "address",
        "parent",
        "to_confirm",
        "is_published",
        publication,
        "order",
    ]
    list_editable = ["is_published", "order"]
    list_filter = ["is_published", ScheduleFilter, "to_confirm", "parent"]
    search_fields = ["title", "slug", "introduction"]
    ordering = ["path_fr"]
    autocomplete_fields = ["parent"]
    inlines = [SectionInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "parent", "introduction"]}),
        images.image_fieldset(),
        (
            _("Publication"),
            {"fields": ["is_published", "publish_from", "publish_until", "order", "to_confirm"]},
        ),
    ]

    def get_prepopulated_fields(self, request, obj=None):
        return {"slug_fr": ["title_fr"], "slug_en": ["title_en"]}

    def get_changeform_initial_data(self, request):
        # A new page starts hidden, so that staff preview it before the public sees it.
        return {"is_published": False, **super().get_changeform_initial_data(request)}

    @admin.display(description=_("address"), ordering="path_fr")
    def address(self, page):
        return page.get_absolute_url()


@admin.register(MenuEntry)
class MenuEntryAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = ["__str__", "menu", "parent", "destination", "is_published", "order"]
    list_editable = ["is_published", "order"]
    list_filter = ["menu", "is_published"]
    search_fields = ["label"]
    ordering = ["menu", "parent__order", "order"]
    autocomplete_fields = ["page"]
    fieldsets = [
        (None, {"fields": ["menu", "parent", "label", "order", "is_published"]}),
        (_("Leads to (leave all three empty for a group)"), {"fields": ["page", "section", "url"]}),
    ]

    @admin.display(description=_("leads to"))
    def destination(self, entry):
        return entry.target_url() or "—"


class RedirectForm(forms.ModelForm):
    page = forms.ModelChoiceField(
        Page.objects.order_by("path_fr"),
        label=_("page of the site"),
        required=False,
        help_text=_("The page it leads to, wherever its address moves later."),
    )

    class Meta:
        model = Redirect
        fields = ["old_path", "page", "target_url", "target_language", "is_permanent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.instance.target, Page):
            self.initial["page"] = self.instance.target.pk

    def clean(self):
        data = super().clean()
        page = data.get("page")
        if page is not None:
            self.instance.target_type = ContentType.objects.get_for_model(Page)
            self.instance.target_id = page.pk
            self.instance.target_language = data.get("target_language") or "fr"
        elif data.get("target_url"):
            self.instance.target_type = None
            self.instance.target_id = None
        # With neither, a record set by a slug change (a news post…) stays the target.
        return data


class RedirectImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "One redirect a line: the old address, the new address, and “temporary” in a "
            "third column for a temporary one, e.g. /?p=572,/fr/cooperation/"
        ),
    )


@admin.register(Redirect)
class RedirectAdmin(ContentAdmin):
    form = RedirectForm
    list_display = ["old_path", "destination", "is_permanent", "origin", "created_at"]
    list_filter = ["origin", "is_permanent"]
    search_fields = ["old_path", "target_url"]
    ordering = ["old_path"]
    change_list_template = "admin/core/redirect/change_list.html"

    @admin.display(description=_("leads to"))
    def destination(self, redirect):
        return redirect.target_url or redirect.target_address() or "—"

    def get_changeform_initial_data(self, request):
        # "Create a redirect" from the log of missing pages fills in the old address.
        return {"old_path": request.GET.get("old_path", "")}

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="core_redirect_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not self.has_add_permission(request):
            return HttpResponseRedirect(reverse("admin:core_redirect_changelist"))
        form = RedirectImportForm(request.POST or None, request.FILES or None)
        errors = []
        if request.method == "POST" and form.is_valid():
            raw = form.cleaned_data["file"].read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")
            result = redirects_import(text=text)
            errors = result.errors
            if not errors:
                self.message_user(
                    request,
                    ngettext(
                        "%(created)d redirect added, %(updated)d changed.",
                        "%(created)d redirects added, %(updated)d changed.",
                        result.created,
                    )
                    % {"created": result.created, "updated": result.updated},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:core_redirect_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import redirects"),
            "form": form,
            "errors": errors,
        }
        return TemplateResponse(request, "admin/core/redirect/import.html", context)


@admin.register(MissingPage)
class MissingPageAdmin(VisitorDataAdmin):
    list_display = ["path", "hits", "last_seen", "last_referrer", "create_redirect"]
    search_fields = ["path", "last_referrer"]
    ordering = ["-hits", "-last_seen"]
    readonly_fields = ["path", "hits", "last_seen", "last_referrer"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("redirect"))
    def create_redirect(self, missing):
        url = reverse("admin:core_redirect_add") + "?" + urlencode({"old_path": missing.path})
        return format_html('<a href="{}">{}</a>', url, _("Create a redirect"))
