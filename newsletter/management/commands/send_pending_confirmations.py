from django.core.management.base import BaseCommand

from newsletter.models import Subscription
from newsletter.services import subscription_confirmation_send


class Command(BaseCommand):
    help = "Emails the newsletter confirmations that could not be sent at sign-up (mail down)."

    def handle(self, *args, **options):
        sent = failed = 0
        for subscription in Subscription.objects.not_notified():
            if subscription_confirmation_send(subscription=subscription):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"{sent} confirmation(s) sent, {failed} still pending.")
        if failed:
            # A non-zero exit lets cron or a timer report that mail is still failing.
            raise SystemExit(1)
