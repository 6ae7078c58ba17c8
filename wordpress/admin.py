from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wordpress.models import ImportRun
from wordpress.report import lines


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """The reports of `import_wordpress`, newest first: staff read what was carried over,
    what was left unpublished and what needs their hand."""

    list_display = ["started_at", "export_name", "summary"]
    search_fields = ["export_name"]
    ordering = ["-started_at"]
    fields = ["started_at", "export_name", "report_text"]
    readonly_fields = fields

    @admin.display(description=_("summary"))
    def summary(self, run):
        counts = run.report.get("counts", {})
        return _("%(news)s news posts, %(documents)s documents, %(addresses)s old addresses") % {
            "news": sum(n for key, n in counts.items() if key in ("news:created", "news:updated")),
            "documents": counts.get("document:created", 0) + counts.get("document:updated", 0),
            "addresses": counts.get("address:created", 0),
        }

    @admin.display(description=_("report"))
    def report_text(self, run):
        return format_html(
            '<ul class="import-report">{}</ul>',
            format_html_join("", "<li>{}</li>", ((line,) for line in lines(run.report))),
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
