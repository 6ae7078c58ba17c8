from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, import_content, missing_media, read_backup


class Command(BaseCommand):
    help = (
        "Load a file written by export_content: each record is written back under its own "
        "id (overwriting the current version, or recreating it if it was deleted); records "
        "created since the backup are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A JSON file written by export_content.")

    def handle(self, *args, file, **options):
        try:
            data = read_backup(file)
            counts = import_content(data)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count}")
        for path in missing_media(data):
            self.stderr.write(self.style.WARNING(f"Media file missing, copy it back: {path}"))
        self.stdout.write(self.style.SUCCESS(f"Loaded {sum(counts.values())} records."))
