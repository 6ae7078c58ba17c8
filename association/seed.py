"""The association's own records (countries, partners, programmes, key figures, page texts):
created once, never overwritten (core.seeding)."""

import datetime

from association import seed_data
from association.models import (
    Country,
    Funding,
    KeyFigure,
    LegalNotice,
    Page,
    Partner,
    Programme,
)
from core.seeding import plain, translated

# What staff check before unticking "to confirm" (#25), by kind: shown on the launch checklist.
NOTES = {
    "programme": "Dates, pays et partenaires repris de documents anciens\u00a0: vérifier.",
    "funding": (
        "Bailleur, programme et dates repris de documents anciens\u00a0: vérifier auprès des "
        "conventions de financement."
    ),
    "partner": "Nom et adresse du site repris de documents anciens\u00a0: vérifier.",
    "key_figure": "Chiffre repris d’un document ancien\u00a0: vérifier la source et la date.",
    "page": "Texte provisoire\u00a0: relire et compléter avant la mise en ligne.",
}


def noted(record, kind):
    """The record's "to confirm" box and what to check, for a seed record marked so."""
    if not record.get("to_confirm"):
        return plain(record, "to_confirm")
    return {"to_confirm": True, "to_confirm_note": record.get("to_confirm_note", NOTES[kind])}


def seed(report):
    countries = seed_countries(report)
    partners = seed_partners(report)
    programmes = seed_programmes(report, countries, partners)
    seed_fundings(report, partners, programmes)
    seed_key_figures(report, programmes)
    seed_pages(report)
    seed_legal_notice(report)


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
                **plain(record, "url", "role"),
                **noted(record, "partner"),
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
                **plain(record, "acronym", "start_year", "end_year", "order"),
                **noted(record, "programme"),
                "parent": programmes.get(record.get("parent")),
            },
        )
        if created:
            programme.countries.set(countries[code] for code in record.get("countries", []))
            programme.partners.set(partners[key] for key in record.get("partners", []))
        report.count(Programme, created)
        programmes[record["key"]] = programme
    return programmes


def seed_fundings(report, partners, programmes):
    for record in seed_data.FUNDINGS:
        _funding, created = Funding.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "wording"),
                **noted(record, "funding"),
                "partner": partners[record["partner"]],
                "programme": programmes[record["programme"]],
                "start_date": as_date(record.get("start_date")),
                "end_date": as_date(record.get("end_date")),
            },
        )
        report.count(Funding, created)


def as_date(value):
    return datetime.date.fromisoformat(value) if value else None


def seed_key_figures(report, programmes):
    for record in seed_data.KEY_FIGURES:
        as_of = record.get("as_of")
        _figure, created = KeyFigure.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "value", "label", "source"),
                **plain(record, "source_url", "order"),
                **noted(record, "key_figure"),
                "as_of": datetime.date.fromisoformat(as_of) if as_of else None,
                "programme": programmes.get(record.get("programme")),
            },
        )
        report.count(KeyFigure, created)


def seed_pages(report):
    for record in seed_data.PAGES:
        _page, created = Page.objects.get_or_create(
            key=record["key"],
            defaults={
                "seed_key": record["key"],
                **translated(record, "title", "intro", "body"),
                **noted(record, "page"),
            },
        )
        report.count(Page, created)


def seed_legal_notice(report):
    record = seed_data.LEGAL_NOTICE
    _notice, created = LegalNotice.objects.get_or_create(
        seed_key=record["key"],
        defaults=plain(record, "publisher_name", "publisher_address", "phone", "to_confirm"),
    )
    report.count(LegalNotice, created)
