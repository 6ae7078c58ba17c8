from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LePartenariatConfig(AppConfig):
    name = "lepartenariat"
    verbose_name = _("Le Partenariat")

    def ready(self):
        from core import pagecache, redirects, translation_status

        translation_status.keep_change_times()
        pagecache.connect_content_models()
        redirects.connect_content_models()
