from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site machinery")

    def ready(self):
        # Imported for its system checks of every kind's declaration (#21).
        from core import checks, staff_groups, text
        from core.content import PublicContent, VisitorData

        staff_groups.connect()
        text.connect((PublicContent, VisitorData))
        checks.register()
