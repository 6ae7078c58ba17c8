"""French typography, set by the machine on French texts (#18)."""

import pytest
from django.template import Context, Template
from django.utils import translation

from core.typography import french_typography
from tests.factories import ProgrammeFactory

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qui sommes-nous ?", f"Qui sommes-nous{NNBSP}?"),
        ("Bienvenue!", f"Bienvenue{NNBSP}!"),
        ("Horaires ; fermé", f"Horaires{NNBSP}; fermé"),
        ("Téléphone : +33", f"Téléphone{NBSP}: +33"),
        ("« Le Partenariat »", f"«{NBSP}Le Partenariat{NBSP}»"),
        ("«Le Partenariat»", f"«{NBSP}Le Partenariat{NBSP}»"),
        ("Quoi ?!", f"Quoi{NNBSP}?!"),
        ("Ouvert de 9:00 à 12:30.", "Ouvert de 9:00 à 12:30."),
    ],
)
def test_french_signs_get_their_no_break_spaces(text, expected):
    assert french_typography(text) == expected
    assert french_typography(expected) == expected


def test_urls_tags_attributes_entities_and_code_are_left_alone():
    html = (
        '<p title="Note : ici ?">Voir <a href="/fr/recherche/?q=eau;x">la page</a> ; '
        "https://example.org/a?b=1 ! &amp; <code>a ; b : c</code> fin ?</p>"
    )

    assert french_typography(html) == (
        '<p title="Note : ici ?">Voir <a href="/fr/recherche/?q=eau;x">la page</a>'
        f"{NNBSP}; https://example.org/a?b=1{NNBSP}! &amp; <code>a ; b : c</code> fin{NNBSP}?</p>"
    )


def test_staff_texts_get_it_on_french_pages_only(client, db):
    programme = ProgrammeFactory(
        summary_fr="Pourquoi l’eau ?", summary_en="Why water?", body_fr="<p>Objet : l’eau</p>"
    )

    french = client.get(programme.get_absolute_url()).content.decode()
    with translation.override("en"):
        english = client.get(programme.get_absolute_url()).content.decode()

    assert f"Pourquoi l’eau{NNBSP}?" in french
    assert f"<p>Objet{NBSP}: l’eau</p>" in french
    assert "Why water?" in english


def test_the_filter_escapes_what_it_is_given():
    template = Template("{% load rich_text %}{{ text|typography }}")

    rendered = template.render(Context({"text": "<script>x</script> ?"}))

    assert rendered == f"&lt;script&gt;x&lt;/script&gt;{NNBSP}?"
