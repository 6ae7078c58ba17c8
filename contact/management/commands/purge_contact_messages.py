import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from contact.models import ContactMessage


class Command(BaseCommand):
    help = (
        "Deletes handled contact messages older than the retention period; messages not yet "
        "handled are always kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=settings.CONTACT_RETENTION_DAYS,
            metavar="DAYS",
            help="Age in days past which handled messages are deleted "
            f"(default: CONTACT_RETENTION_DAYS, now {settings.CONTACT_RETENTION_DAYS}).",
        )

    def handle(self, *args, **options):
        days = options["older_than"]
        if days < 0:
            raise CommandError("--older-than must be zero or more days.")
        before = timezone.now() - datetime.timedelta(days=days)
        deleted, _by_model = ContactMessage.objects.purgeable(before).delete()
        self.stdout.write(f"{deleted} handled message(s) older than {days} days deleted.")
