"""The Centre Gaïa workshops: created once, never overwritten (core.seeding)."""

from association.models import Programme
from contact.models import Place
from core.seeding import plain, translated
from workshops import seed_data
from workshops.models import Workshop


def seed(report):
    programmes = {p.seed_key: p for p in Programme.objects.exclude(seed_key=None)}
    seed_workshops(report, programmes)


def seed_workshops(report, programmes):
    places = {place.seed_key: place for place in Place.objects.exclude(seed_key=None)}
    for record in seed_data.WORKSHOPS:
        _workshop, created = Workshop.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "title", "slug", "summary", "description", "price_note"),
                **plain(
                    record,
                    "level_from",
                    "level_to",
                    "duration_minutes",
                    "capacity",
                    "order",
                    "to_confirm",
                    "to_confirm_note",
                ),
                "programme": programmes.get(record["programme"]),
                "place": places[record["place"]],
            },
        )
        report.count(Workshop, created)
