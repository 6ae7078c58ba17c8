from core.purge import PurgeCommand
from newsletter.models import Subscription


class Command(PurgeCommand):
    help = (
        "Deletes newsletter addresses never confirmed, and those unsubscribed, older than "
        "NEWSLETTER_UNCONFIRMED_DAYS; confirmed subscribers are always kept. "
        "`purge_visitor_data` purges every kind at once."
    )
    model = Subscription
    summary = "{count} unconfirmed or unsubscribed address(es) older than {days} days deleted."
