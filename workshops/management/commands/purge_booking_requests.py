from core.purge import PurgeCommand
from workshops.models import BookingRequest


class Command(PurgeCommand):
    help = (
        "Deletes answered workshop booking requests past the retention period: declined ones "
        "from their receipt, confirmed ones from the end of their workshop. Requests not yet "
        "answered are always kept. `purge_visitor_data` purges every kind at once."
    )
    model = BookingRequest
    summary = "{count} answered booking request(s) older than {days} days deleted."
