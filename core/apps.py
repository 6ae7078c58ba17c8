from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site machinery")

    def ready(self):
        from django.conf import settings

        # Imported for its system checks of every kind's declaration (#21).
        from core import checks, staff_groups, text
        from core.content import PublicContent, VisitorData
        from core.env import make_local_folders

        make_local_folders(settings)
        staff_groups.connect()
        text.connect((PublicContent, VisitorData))
        checks.register()
