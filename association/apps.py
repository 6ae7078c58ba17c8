from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssociationConfig(AppConfig):
    name = "association"
    verbose_name = _("Association and programmes")

    def ready(self):
        # The admin has imported every app's admin.py before this runs: it comes earlier in
        # INSTALLED_APPS, and its own ready() does the autodiscovery.
        from django.contrib import admin

        from association import pagecache, translation_status
        from association.admin_workshop import equip_admin_site

        translation_status.keep_change_times()
        equip_admin_site(admin.site)
        pagecache.connect_content_models()
