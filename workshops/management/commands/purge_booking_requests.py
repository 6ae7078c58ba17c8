import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from workshops.models import BookingRequest


class Command(BaseCommand):
    help = (
        "Deletes answered workshop booking requests past the retention period: declined ones "
        "from their receipt, confirmed ones from the end of their workshop. Requests not yet "
        "answered are always kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=settings.BOOKING_RETENTION_DAYS,
            metavar="DAYS",
            help="Age in days past which answered requests are deleted "
            f"(default: BOOKING_RETENTION_DAYS, now {settings.BOOKING_RETENTION_DAYS}).",
        )

    def handle(self, *args, **options):
        days = options["older_than"]
        if days < 0:
            raise CommandError("--older-than must be zero or more days.")
        before = timezone.now() - datetime.timedelta(days=days)
        deleted, _by_model = BookingRequest.objects.purgeable(before).delete()
        self.stdout.write(f"{deleted} answered booking request(s) older than {days} days deleted.")
