from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WordpressConfig(AppConfig):
    name = "wordpress"
    verbose_name = _("Move from WordPress")
