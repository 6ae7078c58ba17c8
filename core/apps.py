from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site machinery")

    def ready(self):
        from core import purge, staff_groups, text
        from core.content import PublicContent, VisitorData

        staff_groups.connect()
        text.connect((PublicContent, VisitorData))
        checks.register(purge.check_retention_declared)
