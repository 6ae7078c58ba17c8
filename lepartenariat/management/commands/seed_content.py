from django.core.management.base import BaseCommand

from lepartenariat.seeding import seed_all


class Command(BaseCommand):
    help = (
        "Load the association's content (history, programmes, places, opening hours) in "
        "French and English. Records that already exist are left untouched."
    )

    def handle(self, *args, **options):
        report = seed_all()
        for name, count in sorted(report.created.items()):
            self.stdout.write(f"created {count} {name}")
        for name, count in sorted(report.kept.items()):
            self.stdout.write(f"kept {count} existing {name}")
        if report.total_created == 0:
            self.stdout.write(self.style.SUCCESS("Nothing to do: the content is already there."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Seeded {report.total_created} records."))
