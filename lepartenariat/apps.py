from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LePartenariatConfig(AppConfig):
    name = "lepartenariat"
    verbose_name = _("Le Partenariat")

    def ready(self):
        # The admin has imported every app's admin.py before this runs: it comes earlier in
        # INSTALLED_APPS, and its own ready() does the autodiscovery.
        from django.contrib import admin

        from core import pagecache, redirects, translation_status
        from core.admin_site import equip_admin_site

        translation_status.keep_change_times()
        equip_admin_site(admin.site)
        pagecache.connect_content_models()
        redirects.connect_content_models()
