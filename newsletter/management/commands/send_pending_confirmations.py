from django.core.management.base import BaseCommand

from newsletter.services import pending_confirmations_send


class Command(BaseCommand):
    help = (
        "Sends now, without waiting for their next attempt in the outbox, the newsletter "
        "confirmations not sent yet (mail was down). `send_pending_mail` sends every kind."
    )

    def handle(self, *args, **options):
        sent, failed = pending_confirmations_send()
        self.stdout.write(f"{sent} confirmation(s) sent, {failed} still pending.")
        if failed:
            # A non-zero exit lets cron or a timer report that mail is still failing.
            raise SystemExit(1)
