"""Loads `seed_data` into the database without ever touching what already exists.

Each record is looked up by its natural key (`seed_key`, or the country code); one that is
found is left exactly as it is, since staff may have edited it. So a second run changes
nothing, and a record added to the seed data later is created on the next run.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from association import seed_data
from association.models import Country, KeyFigure, Page, Partner, Programme
from contact.models import OpeningHours, Place, SocialLink
from timeline.models import TimelineEvent
from workshops.models import Workshop

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass
class SeedReport:
    created: dict = field(default_factory=dict)
    kept: dict = field(default_factory=dict)

    def count(self, model, was_created):
        tally = self.created if was_created else self.kept
        name = str(model._meta.verbose_name_plural)
        tally[name] = tally.get(name, 0) + 1

    @property
    def total_created(self):
        return sum(self.created.values())


def translated(record, *names):
    """The `<name>_<lang>` values of `record` for each translated field name."""
    return {
        f"{name}_{code}": record[f"{name}_{code}"]
        for name in names
        for code in LANGUAGE_CODES
        if f"{name}_{code}" in record
    }


def plain(record, *names):
    return {name: record[name] for name in names if name in record}


def seed_all():
    report = SeedReport()
    with transaction.atomic():
        countries = seed_countries(report)
        partners = seed_partners(report)
        programmes = seed_programmes(report, countries, partners)
        seed_key_figures(report, programmes)
        seed_timeline(report, programmes)
        seed_pages(report)
        seed_places(report)
        seed_social_links(report)
        seed_workshops(report, programmes)
    return report


def seed_countries(report):
    countries = {}
    for record in seed_data.COUNTRIES:
        country, created = Country.objects.get_or_create(
            code=record["code"], defaults=translated(record, "name")
        )
        report.count(Country, created)
        countries[country.code] = country
    return countries


def seed_partners(report):
    partners = {}
    for record in seed_data.PARTNERS:
        partner, created = Partner.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "name", "full_name"),
                **plain(record, "url", "to_confirm"),
            },
        )
        report.count(Partner, created)
        partners[record["key"]] = partner
    return partners


def seed_programmes(report, countries, partners):
    programmes = {}
    for record in seed_data.PROGRAMMES:
        programme, created = Programme.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "name", "slug", "summary", "body"),
                **plain(record, "acronym", "start_year", "end_year", "order", "to_confirm"),
                "parent": programmes.get(record.get("parent")),
            },
        )
        if created:
            programme.countries.set(countries[code] for code in record.get("countries", []))
            programme.partners.set(partners[key] for key in record.get("partners", []))
        report.count(Programme, created)
        programmes[record["key"]] = programme
    return programmes


def seed_key_figures(report, programmes):
    for record in seed_data.KEY_FIGURES:
        as_of = record.get("as_of")
        _figure, created = KeyFigure.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "value", "label", "source"),
                **plain(record, "source_url", "to_confirm", "order"),
                "as_of": datetime.date.fromisoformat(as_of) if as_of else None,
                "programme": programmes.get(record.get("programme")),
            },
        )
        report.count(KeyFigure, created)


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


def seed_pages(report):
    for record in seed_data.PAGES:
        _page, created = Page.objects.get_or_create(
            key=record["key"],
            defaults={
                "seed_key": record["key"],
                **translated(record, "title", "intro", "body"),
                **plain(record, "to_confirm"),
            },
        )
        report.count(Page, created)


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
                    "order",
                    "to_confirm",
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
            defaults=plain(record, "network", "url", "order", "to_confirm"),
        )
        report.count(SocialLink, created)


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
                ),
                "programme": programmes.get(record["programme"]),
                "place": places[record["place"]],
            },
        )
        report.count(Workshop, created)
