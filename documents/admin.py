from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import PageLikeAdmin
from core.admin_columns import to_confirm_column
from core.admin_schedule import FrenchFirstAdmin, ScheduleFilter, publication
from documents.models import Document


@admin.register(Document)
class DocumentAdmin(PageLikeAdmin, FrenchFirstAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "kind",
        "year",
        "language",
        "has_file",
        to_confirm_column,
        "is_published",
        publication,
    ]
    list_editable = ["is_published"]
    list_filter = ["kind", "is_published", ScheduleFilter, "to_confirm", "language", "programmes"]
    ordering = ["-year", "title"]
    filter_horizontal = ["programmes"]
    readonly_fields = ["file_facts"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "year", "date", "language", "summary"]}),
        (_("File"), {"fields": ["file", "file_facts", "cover"]}),
        (_("Programmes"), {"fields": ["programmes"]}),
    ]

    def get_queryset(self, request):
        # The extracted text can weigh hundreds of kilobytes per row: lists never load it.
        return super().get_queryset(request).defer("text")

    def get_changeform_initial_data(self, request):
        # A new document starts hidden, so that staff check it before the public sees it.
        return {"is_published": False, **super().get_changeform_initial_data(request)}

    @admin.display(description=_("file"), boolean=True)
    def has_file(self, document):
        return bool(document.file)

    @admin.display(description=_("what the file holds"))
    def file_facts(self, document):
        if not document.file:
            return _("No file yet: the document stays off the public site until one is uploaded.")
        return _("%(pages)s pages, %(size)s, %(characters)s characters of text found.") % {
            "pages": document.page_count,
            "size": filesizeformat(document.file_size),
            "characters": len(document.text),
        }
