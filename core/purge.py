"""One purge for every kind of visitor data, driven by what each kind declares (#21).

A `VisitorData` model declares its `retention` (core.content.Retention) and its QuerySet
says which rows are done with before a moment (`purgeable(before)`): handled messages,
answered bookings, addresses never confirmed, emails sent. `purge_visitor_data` deletes,
for each kind, the rows done with for longer than its retention, as the privacy notice
says; a row exactly at its retention age is kept, one second older is deleted.
"""

import datetime

from django.core import checks
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.content import visitor_data_models


def visitor_data_purge(*, model, days=None, now=None):
    """Delete the rows of `model` done with for more than `days` (its retention unless
    given); the number of rows deleted."""
    if days is None:
        days = model.retention.in_days()
    if days < 0:
        raise ValueError("A retention is zero or more days.")
    before = (now or timezone.now()) - datetime.timedelta(days=days)
    rows = model._default_manager.purgeable(before)
    # Counted before deleting: delete() also counts the rows that cascade from them.
    count = rows.count()
    rows.delete()
    return count


def check_retention_declared(app_configs, **kwargs):
    """Each kind of visitor data says how long it is kept and which rows are done with."""
    errors = []
    for model in visitor_data_models():
        has_purgeable = callable(getattr(model._default_manager, "purgeable", None))
        if model.retention is None or not has_purgeable:
            errors.append(
                checks.Error(
                    f"{model._meta.label} is visitor data without a retention: give it "
                    "`retention = Retention(...)` and a QuerySet method `purgeable(before)`.",
                    obj=model,
                    id="core.E021",
                )
            )
    return errors


class PurgeCommand(BaseCommand):
    """The command that purges one kind of visitor data, `model`, past its retention;
    `--older-than DAYS` overrides the retention for one run."""

    model = None
    # How the command reports, with {count} and {days}.
    summary = "{count} record(s) older than {days} days deleted."

    def add_arguments(self, parser):
        retention = self.model.retention
        parser.add_argument(
            "--older-than",
            type=int,
            default=None,
            metavar="DAYS",
            help="Age in days past which such records are deleted "
            f"(default: {retention.describe()}, now {retention.in_days()}).",
        )

    def handle(self, *args, **options):
        days = options["older_than"]
        if days is None:
            days = self.model.retention.in_days()
        if days < 0:
            raise CommandError("--older-than must be zero or more days.")
        count = visitor_data_purge(model=self.model, days=days)
        self.stdout.write(self.summary.format(count=count, days=days))
