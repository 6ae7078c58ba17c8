import csv
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from wordpress.importer import Importer
from wordpress.report import lines
from wordpress.wxr import RefusedExport


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR, “Outils → Exporter”): posts become news, PDFs "
        "documents, featured images the images of their posts, and every old address "
        "answers 301 to the new one. Running it again doubles nothing and keeps what "
        "staff edited since. docs/wordpress.md says how to export and what is carried over."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The .xml file WordPress exported.")
        parser.add_argument(
            "--uploads",
            help="A copy of the old site's wp-content/uploads folder; without it, no image "
            "or PDF is imported (files are never fetched from the internet).",
        )
        parser.add_argument(
            "--programmes",
            help="A CSV file of two columns, a WordPress category or tag (slug or name) and "
            "the programme it means (acronym or slug; empty to ignore the category). "
            "Without it, categories match programmes by name.",
        )
        parser.add_argument(
            "--fetch",
            action="store_true",
            help="Download from the old site (its own addresses only, within a timeout and "
            "the size limits) the files missing from the uploads folder.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read everything, check every file and print the report, writing nothing.",
        )

    def handle(self, *args, export, uploads, programmes, fetch, dry_run, **options):
        if uploads and not Path(uploads).is_dir():
            raise CommandError(
                gettext("The uploads folder %(folder)s does not exist.") % {"folder": uploads}
            )
        importer = Importer(
            export,
            uploads=uploads,
            dry_run=dry_run,
            fetch=fetch,
            programme_map=read_programme_map(programmes) if programmes else None,
            progress=self.progress if options["verbosity"] >= 1 else None,
        )
        try:
            report = importer.run()
        except RefusedExport as error:
            nothing = gettext("Nothing was imported.")
            raise CommandError(f"{export}: {error} {nothing}") from None
        self.stderr.write("")
        for line in lines(report.as_dict()):
            self.stdout.write(line)

    def progress(self, done, total):
        # A bar on a terminal, redrawn each percent; nothing when the output is a log.
        if not sys.stderr.isatty() or (done != total and done % max(1, total // 100)):
            return
        width = 40
        filled = width * done // max(total, 1)
        self.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")


def read_programme_map(path):
    try:
        with open(path, newline="", encoding="utf-8-sig") as file:
            return {
                row[0].strip(): (row[1].strip() if len(row) > 1 else "")
                for row in csv.reader(file)
                if row and row[0].strip()
            }
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror}") from None
