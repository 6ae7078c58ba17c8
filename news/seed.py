"""The news posts public sources name: created once, never overwritten (core.seeding)."""

from association.models import Country, Programme
from core.seeding import plain, translated
from news import seed_data
from news.models import NewsPost


def seed(report):
    programmes = {p.seed_key: p for p in Programme.objects.exclude(seed_key=None)}
    countries = {country.code: country for country in Country.objects.all()}
    for record in seed_data.POSTS:
        post, created = NewsPost.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "title", "slug", "summary"),
                **plain(record, "published_on"),
                # Published so that the site shows them, and listed for staff to confirm.
                "to_confirm": True,
            },
        )
        if created:
            post.programmes.set([programmes[key] for key in record["programmes"]])
            post.countries.set([countries[code] for code in record["countries"]])
        report.count(NewsPost, created)
