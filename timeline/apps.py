from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = pgettext_lazy("site section", "History")
