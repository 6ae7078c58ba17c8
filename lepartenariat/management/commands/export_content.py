from django.core.management.base import BaseCommand

from core.backup import write_backup


class Command(BaseCommand):
    help = (
        "Write all the site's content (texts in French and English, programmes, history, "
        "places, opening hours, closures) to one JSON file, with the list of media files."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write the JSON file.")

    def handle(self, *args, file, **options):
        data = write_backup(file)
        records = sum(len(records) for records in data["content"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {records} records and the list of {len(data['media'])} media files "
                f"to {file}. Copy the media folder with it."
            )
        )
