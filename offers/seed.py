"""The offers public sources name: created once, never overwritten (core.seeding)."""

from core.seeding import plain, translated
from offers import seed_data
from offers.models import Offer


def seed(report):
    for record in seed_data.OFFERS:
        _offer, created = Offer.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "title", "slug", "place"),
                **plain(record, "kind", "country", "posted_on", "closes_on", "to_confirm"),
            },
        )
        report.count(Offer, created)
