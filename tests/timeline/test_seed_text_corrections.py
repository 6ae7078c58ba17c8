"""Databases seeded before issue #18 get its corrections, except where staff edited (#18)."""

import importlib

from django.apps import apps

from association.models import Page
from timeline.models import TimelineEvent

history_fix = importlib.import_module("timeline.migrations.0010_correct_seeded_history_texts")
pages_fix = importlib.import_module("association.migrations.0012_correct_seeded_page_texts")


def old_text(changes, key, field):
    return changes.CHANGES[key][field][0]


def new_text(changes, key, field):
    return changes.CHANGES[key][field][1]


def test_the_seeded_history_has_no_step_twice_and_no_sentence_pointing_at_nothing(seeded):
    first = TimelineEvent.objects.get(seed_key="1981-creation")
    paer = TimelineEvent.objects.get(seed_key="2017-paer")
    mondialisaction = TimelineEvent.objects.get(seed_key="2019-mondialisaction")

    assert "1984" not in first.body_fr and "1984" not in first.body_en
    assert paer.body_fr.startswith("<p>En 2017")
    assert "le Centre Gaïa inaugure" in mondialisaction.body_fr
    assert TimelineEvent.objects.get(seed_key="2010s-centre-gaia").to_confirm
    assert (
        TimelineEvent.objects.get(seed_key="2006-sustainable-development").programme.seed_key
        == "centre-gaia"
    )


def test_old_seeded_texts_are_corrected_and_staff_edits_are_kept(seeded):
    key = "2017-paer"
    untouched = TimelineEvent.objects.get(seed_key=key)
    TimelineEvent.objects.filter(pk=untouched.pk).update(
        body_fr=old_text(history_fix, key, "body_fr"),
        body_en="<p>Rewritten by staff.</p>",
        programme=None,
    )
    TimelineEvent.objects.filter(seed_key="2006-sustainable-development").update(programme=None)
    TimelineEvent.objects.filter(seed_key="2010s-centre-gaia").update(to_confirm=False)
    Page.objects.filter(key="accessibility").update(
        body_fr=old_text(pages_fix, "accessibility", "body_fr")
    )

    history_fix.forward(apps, None)
    pages_fix.forward(apps, None)

    event = TimelineEvent.objects.get(seed_key=key)
    assert event.body_fr == new_text(history_fix, key, "body_fr")
    assert event.body_en == "<p>Rewritten by staff.</p>"
    assert TimelineEvent.objects.get(seed_key="2010s-centre-gaia").to_confirm
    assert (
        TimelineEvent.objects.get(seed_key="2006-sustainable-development").programme.seed_key
        == "centre-gaia"
    )
    assert "non conforme" in Page.objects.get(key="accessibility").body_fr
