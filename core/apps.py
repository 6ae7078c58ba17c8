from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site machinery")

    def ready(self):
        from core import staff_groups

        staff_groups.connect()
