"""The places with their opening hours, and the social links: created once, never overwritten
(core.seeding)."""

import datetime

from contact import seed_data
from contact.models import OpeningHours, Place, SocialLink
from core.seeding import plain, translated


def seed(report):
    seed_places(report)
    seed_social_links(report)


def seed_places(report):
    for record in seed_data.PLACES:
        place, created = Place.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "name", "description"),
                **plain(
                    record,
                    "street_address",
                    "postal_code",
                    "locality",
                    "country",
                    "phone",
                    "email",
                    "map_url",
                    "time_zone",
                    "closed_on_public_holidays",
                    "school_zone",
                    "order",
                    "to_confirm",
                    "to_confirm_note",
                ),
            },
        )
        if created:
            OpeningHours.objects.bulk_create(
                OpeningHours(
                    place=place,
                    weekday=weekday,
                    opens=datetime.time.fromisoformat(opens),
                    closes=datetime.time.fromisoformat(closes),
                )
                for weekday, intervals in record.get("hours", {}).items()
                for opens, closes in intervals
            )
        report.count(Place, created)


def seed_social_links(report):
    for record in seed_data.SOCIAL_LINKS:
        _link, created = SocialLink.objects.get_or_create(
            seed_key=record["key"],
            defaults=plain(record, "network", "url", "order", "to_confirm", "to_confirm_note"),
        )
        report.count(SocialLink, created)
