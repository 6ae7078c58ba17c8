"""Admin column and filter saying whether the public sees a record now (#8)."""

from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


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
