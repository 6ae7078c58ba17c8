from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site machinery")

    def ready(self):
        from django.conf import settings

        from core import freshness, staff_groups
        from core.env import make_local_folders

        make_local_folders(settings)
        staff_groups.connect()
        freshness.prepare_publication_changes()
