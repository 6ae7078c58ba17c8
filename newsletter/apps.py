from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from core.outbox import mail_sent
        from newsletter.models import Subscription
        from newsletter.services import subscription_confirmation_sent

        # A confirmation link works for a week from when the outbox sent it (#21).
        mail_sent.connect(
            subscription_confirmation_sent,
            sender=Subscription,
            dispatch_uid="newsletter.confirmation_sent",
        )
