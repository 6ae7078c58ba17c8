"""`translation_status` lists what lacks a language or is to review (#8)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from association.models import Programme
from core import translation_status
from tests.factories import ProgrammeFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("translation_status", *args, stdout=out)
    return out.getvalue()


def test_the_seeded_content_is_complete_and_strict_mode_passes(seeded):
    output = run("--strict")

    assert "Chaque texte est traduit et à jour." in output


def test_a_blanked_english_summary_is_listed_and_strict_mode_fails(seeded):
    programme = Programme.objects.get(seed_key="paems")
    programme.summary_en = ""
    programme.save()

    output = run()

    assert "programmes (1)" in output
    assert str(programme) in output
    assert "EN manquant\u00a0: résumé" in output
    with pytest.raises(CommandError, match="1 fiche"):
        run("--strict")


def test_a_missing_french_text_is_listed_too(db):
    programme = ProgrammeFactory(body_fr="")

    output = run()

    assert str(programme) in output
    assert "FR manquant\u00a0: texte" in output


def test_an_unpublished_record_is_listed_only_with_all(db):
    ProgrammeFactory(name_fr="Brouillon", summary_en="", is_published=False)

    assert "Brouillon" not in run()
    assert "Brouillon" in run("--all")


def test_french_changed_after_english_is_listed_as_english_to_review(db):
    programme = ProgrammeFactory(name_fr="Projet relu")
    programme.body_fr = "<p>Un texte français réécrit.</p>"
    programme.save()

    output = run()

    assert "Projet relu" in output
    assert "EN à relire" in output


def test_saving_the_english_again_clears_the_review(db):
    programme = ProgrammeFactory(name_fr="Projet relu")
    programme.body_fr = "<p>Un texte français réécrit.</p>"
    programme.save()
    programme.body_en = "<p>A rewritten English text.</p>"
    programme.save()

    assert "Projet relu" not in run()


def test_marking_reviewed_clears_the_review(db):
    programme = ProgrammeFactory(name_fr="Projet relu")
    programme.summary_fr = "Un autre résumé."
    programme.save()

    translation_status.mark_reviewed(Programme.objects.filter(pk=programme.pk))

    assert "Projet relu" not in run()


def test_saving_without_changing_a_text_leaves_english_up_to_date(db):
    programme = ProgrammeFactory(name_fr="Projet relu")
    programme.is_published = True
    programme.order = 4
    programme.save()

    assert "Projet relu" not in run()


def test_every_model_registered_for_translation_is_checked():
    labels = {model._meta.label for model in translation_status.translated_models()}

    assert {"association.Programme", "timeline.TimelineEvent", "contact.Closure"} <= labels
