"""The events public sources name: created once, never overwritten (core.seeding)."""

from core.seeding import plain, translated
from events import seed_data
from events.models import Event


def seed(report):
    for record in seed_data.EVENTS:
        _event, created = Event.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "title", "slug", "summary"),
                **plain(record, "start_date"),
                "to_confirm": True,
            },
        )
        report.count(Event, created)
