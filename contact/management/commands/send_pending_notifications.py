from django.core.management.base import BaseCommand

from contact.models import ContactMessage
from contact.services import pending_notifications_send


class Command(BaseCommand):
    help = (
        "Sends now, without waiting for their next attempt in the outbox, the notifications "
        "of contact messages not sent yet (mail was down). `send_pending_mail` sends every kind."
    )

    def handle(self, *args, **options):
        sent, failed = pending_notifications_send(messages=ContactMessage.objects.all())
        self.stdout.write(f"{sent} notification(s) sent, {failed} still pending.")
        if failed:
            # A non-zero exit lets cron or a timer report that mail is still failing.
            raise SystemExit(1)
