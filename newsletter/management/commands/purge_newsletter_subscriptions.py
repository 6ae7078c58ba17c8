import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsletter.models import Subscription


class Command(BaseCommand):
    help = (
        "Deletes newsletter addresses never confirmed, and those unsubscribed, older than "
        "NEWSLETTER_UNCONFIRMED_DAYS; confirmed subscribers are always kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=settings.NEWSLETTER_UNCONFIRMED_DAYS,
            metavar="DAYS",
            help="Age in days past which such addresses are deleted "
            f"(default: NEWSLETTER_UNCONFIRMED_DAYS, now {settings.NEWSLETTER_UNCONFIRMED_DAYS}).",
        )

    def handle(self, *args, **options):
        days = options["older_than"]
        if days < 0:
            raise CommandError("--older-than must be zero or more days.")
        before = timezone.now() - datetime.timedelta(days=days)
        deleted, _by_model = Subscription.objects.purgeable(before).delete()
        self.stdout.write(
            f"{deleted} unconfirmed or unsubscribed address(es) older than {days} days deleted."
        )
