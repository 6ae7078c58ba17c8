from django.core.management.base import BaseCommand

from contact.models import ContactMessage
from contact.services import contact_message_notify


class Command(BaseCommand):
    help = "Emails the contact messages whose notification could not be sent when they came in."

    def handle(self, *args, **options):
        sent = failed = 0
        for message in ContactMessage.objects.not_notified():
            if contact_message_notify(message=message):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"{sent} notification(s) sent, {failed} still pending.")
        if failed:
            # A non-zero exit lets cron or a timer report that mail is still failing.
            raise SystemExit(1)
