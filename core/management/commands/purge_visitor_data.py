from django.core.management.base import BaseCommand

from core.content import visitor_data_models
from core.purge import visitor_data_purge


class Command(BaseCommand):
    help = (
        "Deletes, for every kind of visitor data (contact messages, booking requests, "
        "newsletter addresses, emails sent…), the records done with for longer than the "
        "retention the kind declares. Records still to handle are always kept. Run it daily."
    )

    def handle(self, *args, **options):
        for model in visitor_data_models():
            days = model.retention.in_days()
            count = visitor_data_purge(model=model, days=days)
            self.stdout.write(
                f"{model._meta.label}: {count} deleted, done with for more than {days} days."
            )
