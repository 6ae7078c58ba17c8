from contact.models import ContactMessage
from core.purge import PurgeCommand


class Command(PurgeCommand):
    help = (
        "Deletes handled contact messages older than the retention period; messages not yet "
        "handled are always kept. `purge_visitor_data` purges every kind at once."
    )
    model = ContactMessage
    summary = "{count} handled message(s) older than {days} days deleted."
