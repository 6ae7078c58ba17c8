"""The history steps: created once, never overwritten (core.seeding)."""

from association.models import Programme
from core.seeding import plain, translated
from timeline import seed_data
from timeline.models import TimelineEvent


def seed(report):
    programmes = {p.seed_key: p for p in Programme.objects.exclude(seed_key=None)}
    seed_timeline(report, programmes)


def seed_timeline(report, programmes):
    for record in seed_data.TIMELINE_EVENTS:
        _event, created = TimelineEvent.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "period_label", "title", "body"),
                **plain(record, "year", "end_year", "order", "is_highlight", "to_confirm"),
                "programme": programmes.get(record.get("programme")),
            },
        )
        report.count(TimelineEvent, created)
