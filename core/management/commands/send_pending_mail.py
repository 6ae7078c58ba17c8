from django.core.management.base import BaseCommand
from django.utils import timezone

from core.models import OutgoingMail
from core.outbox import due_mails_send


class Command(BaseCommand):
    help = (
        "Sends the emails of the outbox whose turn has come: each one the mail server refused "
        "is tried again after 1, 2, 4… minutes, at most 6 hours apart. Run it every minute "
        "(deploy/lepartenariat-mail.timer); exits 1 while mail is failing."
    )

    def handle(self, *args, **options):
        sent, failed = due_mails_send()
        waiting = OutgoingMail.objects.pending().count()
        self.stdout.write(
            f"{sent} email(s) sent, {failed} failed, {waiting} waiting in the outbox "
            f"(checked at {timezone.localtime():%H:%M:%S})."
        )
        if failed:
            # A non-zero exit lets the timer report that mail is still failing.
            raise SystemExit(1)
