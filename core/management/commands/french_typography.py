from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from core.typography import typeset_po


class Command(BaseCommand):
    help = (
        "Put French typography (no-break spaces before : ; ! ? and inside « ») in every "
        "msgstr of the French .po files. `make messages` runs it; run it again after merging "
        "new strings."
    )

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            po = Path(locale_path) / "fr" / "LC_MESSAGES" / "django.po"
            if not po.exists():
                continue
            before = po.read_text(encoding="utf-8")
            after = typeset_po(before)
            if after != before:
                po.write_text(after, encoding="utf-8")
                self.stdout.write(f"{po}: French typography set.")
            else:
                self.stdout.write(f"{po}: already right.")
