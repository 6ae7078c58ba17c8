from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = _("Centre Gaïa workshops")

    def ready(self):
        from association.backup import register_content_model

        # Workshops are content staff write; booking requests are visitors' messages and,
        # like contact messages, stay out of the content backup (#7).
        register_content_model("workshops.Workshop")
