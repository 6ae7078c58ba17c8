"""The "Support us" page texts: created once, never overwritten (core.seeding)."""

from association.models import KeyFigure
from core.seeding import plain, translated
from support import seed_data
from support.models import SupportSettings


def seed(report):
    record = seed_data.SUPPORT
    settings, created = SupportSettings.objects.get_or_create(
        seed_key=record["key"],
        defaults={
            **translated(record, "why_give", "gift_impact", "volunteering_text"),
            **plain(record, "to_confirm", "to_confirm_note"),
        },
    )
    if created:
        settings.key_figures.set(KeyFigure.objects.filter(seed_key__in=record["key_figures"]))
    report.count(SupportSettings, created)
