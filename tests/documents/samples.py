"""Published documents on top of the seed, whose PDFs wait for staff (#16)."""

from association.models import Programme
from documents.models import Document, Kind, Language


def add_published_documents():
    """A French report of PAEMS and an English evaluation, so that the documents list, its
    filters, the home page and the PAEMS page show documents. Rows are written without
    their save(), which would need the PDF itself."""
    paems = Programme.objects.get(seed_key="paems")
    report, evaluation = Document.objects.bulk_create(
        [
            Document(
                title_fr="Rapport d’activités 2020",
                title_en="Activity report 2020",
                slug_fr="rapport-d-activites-2020-exemple",
                slug_en="activity-report-2020-sample",
                kind=Kind.ACTIVITY_REPORT,
                year=2020,
                language=Language.FRENCH,
                file="documents/rapport-2020.pdf",
                page_count=32,
                file_size=2_400_000,
            ),
            Document(
                title_fr="Évaluation du PAEMS",
                title_en="PAEMS evaluation",
                slug_fr="evaluation-du-paems-exemple",
                slug_en="paems-evaluation-sample",
                kind=Kind.EVALUATION,
                year=2021,
                language=Language.ENGLISH,
                file="documents/evaluation.pdf",
                page_count=1,
                file_size=90_000,
                summary_fr="Ce que l’évaluation a constaté.",
                summary_en="What the evaluation found.",
            ),
        ]
    )
    report.programmes.add(paems)
    evaluation.programmes.add(paems)
