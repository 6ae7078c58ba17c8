from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import translation_status as status


class Command(BaseCommand):
    help = (
        "List the published records whose texts lack a language, or whose English is older "
        "than their French. With --strict, exit with status 1 if there is any (for CI)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--strict", action="store_true", help="Exit with status 1 if anything is listed."
        )
        parser.add_argument(
            "--all", action="store_true", help="Include unpublished records as well."
        )

    def handle(self, *args, strict=False, all=False, **options):
        statuses = status.report(public_only=not all)
        for model_status in statuses:
            self.stdout.write(
                self.style.MIGRATE_HEADING(f"{model_status.label} ({len(model_status.records)})")
            )
            for record in model_status.records:
                self.stdout.write(f"  {record.obj} [{record.obj.pk}]")
                for code, fields in record.missing.items():
                    labels = ", ".join(status.field_label(model_status.model, n) for n in fields)
                    self.stdout.write(
                        "    "
                        + _("%(language)s missing: %(fields)s")
                        % {"language": code.upper(), "fields": labels}
                    )
                for code in record.stale:
                    self.stdout.write(
                        "    "
                        + _("%(language)s to review: the French changed since")
                        % {"language": code.upper()}
                    )
        count = sum(len(model_status.records) for model_status in statuses)
        if not count:
            self.stdout.write(self.style.SUCCESS(_("Every text is translated and up to date.")))
            return
        message = ngettext(
            "%(count)d record to translate or review.",
            "%(count)d records to translate or review.",
            count,
        ) % {"count": count}
        if strict:
            raise CommandError(message)
        self.stdout.write(self.style.WARNING(message))
