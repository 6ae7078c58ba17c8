from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = _("Contact and opening hours")

    def ready(self):
        from contact.models import ContactMessage
        from contact.services import contact_message_notified
        from core.outbox import mail_sent

        # A message is marked notified once the outbox has sent its email (#21).
        mail_sent.connect(
            contact_message_notified, sender=ContactMessage, dispatch_uid="contact.notified"
        )
