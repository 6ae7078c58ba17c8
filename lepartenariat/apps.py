from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LePartenariatConfig(AppConfig):
    name = "lepartenariat"
    verbose_name = _("Le Partenariat")

    def ready(self):
        from core import pagecache, redirects, translation_status

        # They register what whoever saves computes for every page (prepared_after_saves):
        # imported now, not by the first template that loads them, so that the first save
        # prepares them all.
        from lepartenariat import admin_dashboard, navigation  # noqa: F401

        translation_status.keep_change_times()
        pagecache.connect_content_models()
        redirects.connect_content_models()
