"""An English page shows a missing English text in French, and says so (#8)."""

import pytest
from django.template import Context, Template
from django.utils import translation

from association.models import Page
from tests.factories import ProgrammeFactory, TimelineEventFactory

pytestmark = pytest.mark.django_db


def test_a_programme_without_english_text_shows_the_french_marked_as_such(client):
    programme = ProgrammeFactory(body_fr="<p>Le texte en français.</p>", body_en="")

    html = client.get(f"/en/programmes/{programme.slug_en}/").content.decode()

    assert (
        '<div class="untranslated"><p class="untranslated-note">Not yet translated</p>'
        '<div lang="fr">'
    ) in html
    assert "Le texte en français." in html
    assert html.index('<div lang="fr">') < html.index("Le texte en français.")


def test_a_complete_english_page_has_no_note(client):
    programme = ProgrammeFactory()

    html = client.get(f"/en/programmes/{programme.slug_en}/").content.decode()

    assert "The text in English." in html
    assert "Not yet translated" not in html
    assert 'lang="fr"' not in html.split("<body>")[1].split('class="language-switcher"')[0]


def test_a_french_page_never_carries_the_note(client):
    programme = ProgrammeFactory(body_en="")

    html = client.get(f"/fr/programmes/{programme.slug_fr}/").content.decode()

    assert "Le texte en français." in html
    assert "untranslated" not in html


def test_an_event_title_without_english_is_marked_inline_on_the_history_page(client):
    TimelineEventFactory(title_fr="Jumelage Lille – Saint-Louis", title_en="")

    html = client.get("/en/history/").content.decode()

    assert (
        '<span lang="fr">Jumelage Lille – Saint-Louis</span> '
        '<small class="untranslated-note">(Not yet translated)</small>'
    ) in html


def test_a_page_text_missing_in_english_is_marked_on_its_page(client):
    Page.objects.create(
        key=Page.Key.PRIVACY,
        title_fr="Confidentialité",
        title_en="Privacy",
        body_fr="<p>Vos données.</p>",
    )

    html = client.get("/en/privacy/").content.decode()

    assert '<div lang="fr">' in html
    assert "Vos données." in html


def test_the_fallback_wraps_the_rendered_value_of_any_filter_inside():
    programme = ProgrammeFactory.build(body_fr="<p>a &amp; b</p>", body_en="")
    template = Template(
        '{% load translation_tags %}{% fallback programme "body" %}{{ programme.body|upper }}'
        "{% endfallback %}"
    )

    with translation.override("en"):
        html = template.render(Context({"programme": programme}))

    assert '<div lang="fr">&lt;P&gt;A &amp;AMP; B&lt;/P&gt;</div>' in html
