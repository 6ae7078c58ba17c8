import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import launch


class Command(BaseCommand):
    help = (
        "List everything to settle before the site goes public: published records still to "
        "confirm or missing a translation, links to missing pages, images without a "
        "description, settings left at their placeholder. Exits with status 1 while anything "
        "is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print JSON, for machines."
        )

    def handle(self, *args, as_json=False, **options):
        groups = launch.report()
        count = launch.count(groups)
        if as_json:
            self.print_json(groups, count)
        else:
            self.print_text(groups, count)
        if count:
            sys.exit(1)

    def absolute(self, url):
        return f"{settings.SITE_URL}{url}" if url else ""

    def print_json(self, groups, count):
        data = {
            "count": count,
            "groups": [
                {
                    "key": group.key,
                    "title": group.title,
                    "items": [
                        {**item.as_dict(), "admin_url": self.absolute(item.admin_url)}
                        for item in group.items
                    ],
                }
                for group in groups
            ],
        }
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))

    def print_text(self, groups, count):
        for group in groups:
            self.stdout.write(self.style.MIGRATE_HEADING(f"{group.title} ({len(group.items)})"))
            for item in group.items:
                self.stdout.write(f"  {item.kind} · {item.label}: {item.problem}")
                if item.admin_url:
                    self.stdout.write(f"    {self.absolute(item.admin_url)}")
        if not count:
            self.stdout.write(self.style.SUCCESS(_("Nothing left to settle: ready to go live.")))
            return
        self.stdout.write(
            self.style.WARNING(
                ngettext(
                    "%(count)d thing to settle before going live.",
                    "%(count)d things to settle before going live.",
                    count,
                )
                % {"count": count}
            )
        )
