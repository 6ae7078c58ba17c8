"""Known publications as unpublished records to confirm, without a file (#16)."""

from association.models import Programme
from core.seeding import plain, translated
from documents import seed_data
from documents.models import Document, Language

# What staff check before publishing a known document (#25): shown on the launch checklist.
NOTE = "Titre et année repris de l’ancien site : vérifier, puis déposer le fichier PDF."


def seed(report):
    programmes = {
        programme.seed_key: programme
        for programme in Programme.objects.filter(seed_key__isnull=False)
    }
    for record in seed_data.DOCUMENTS:
        document, created = Document.objects.get_or_create(
            seed_key=record["key"],
            defaults={
                **translated(record, "title", "slug"),
                **plain(record, "kind", "year"),
                "language": Language.FRENCH,
                "is_published": False,
                "to_confirm": True,
                "to_confirm_note": NOTE,
            },
        )
        if created:
            document.programmes.set(
                programmes[key] for key in record["programmes"] if key in programmes
            )
        report.count(Document, created)
