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
        ("Ouvert à 09:00.", f"Ouvert à 9{NBSP}h."),
        (
            "09:00–12:30, 14:00-18:00",
            f"9{NBSP}h{NBSP}– 12{NBSP}h{NBSP}30, 14{NBSP}h{NBSP}– 18{NBSP}h",
        ),
        ("139 000 €", f"139{NBSP}000{NBSP}€"),
        ("9 000 personnes, 1 280 pixels", f"9{NBSP}000 personnes, 1{NBSP}280 pixels"),
        ("66 % et 40%", f"66{NBSP}% et 40{NBSP}%"),
        ("300 m², 3 h, 5 min", f"300{NBSP}m², 3{NBSP}h, 5{NBSP}min"),
        ("le 1 janvier 2027", "le 1er janvier 2027"),
        ("Semaine du 1 février, 11 mars, 21 mai", "Semaine du 1er février, 11 mars, 21 mai"),
        ("En 1981 2 écoles", "En 1981 2 écoles"),
        ("à 10:30:00, ratio 1:2", "à 10:30:00, ratio 1:2"),
    ],
)
def test_french_signs_get_their_no_break_spaces(text, expected):
    assert french_typography(text) == expected
    assert french_typography(expected) == expected


def test_urls_tags_entities_code_and_typed_texts_are_left_alone():
    html = (
        '<p data-x="Note : ici ?">Voir <a href="/fr/recherche/?q=eau;x">la page</a> ; '
        "https://example.org/a?b=1 ! &amp; <code>a ; b : c</code> fin ?</p>"
        '<textarea name="message">Bonjour ! À 09:00 ?</textarea>'
        '<time datetime="2026-12-08T09:00">8 décembre</time>'
    )

    assert french_typography(html) == (
        '<p data-x="Note : ici ?">Voir <a href="/fr/recherche/?q=eau;x">la page</a>'
        f"{NNBSP}; https://example.org/a?b=1{NNBSP}! &amp; <code>a ; b : c</code> fin{NNBSP}?</p>"
        '<textarea name="message">Bonjour ! À 09:00 ?</textarea>'
        '<time datetime="2026-12-08T09:00">8 décembre</time>'
    )


def test_attributes_a_visitor_sees_and_shown_meta_tags_are_set():
    html = (
        '<img alt="Salle : 300 m²" src="/a.jpg"><meta name="twitter:title" content="Sujets : eau">'
        '<meta property="og:description" content="Coût : 139 000 €">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
    )

    assert french_typography(html) == (
        f'<img alt="Salle{NBSP}: 300{NBSP}m²" src="/a.jpg">'
        f'<meta name="twitter:title" content="Sujets{NBSP}: eau">'
        f'<meta property="og:description" content="Coût{NBSP}: 139{NBSP}000{NBSP}€">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
    )


def test_french_pages_are_set_as_they_leave_the_server_and_english_ones_are_not(client, db):
    programme = ProgrammeFactory(
        name_fr="Sujets : l’eau", name_en="Subjects: water", summary_fr="Dès 09:00 ?"
    )

    french = client.get(programme.get_absolute_url()).content.decode()
    with translation.override("en"):
        english = client.get(programme.get_absolute_url()).content.decode()

    assert f"Sujets{NBSP}: l’eau · Le Partenariat</title>" in french
    assert f'Sujets{NBSP}: l’eau">' in french.split('property="og:title"')[1]
    assert f"Dès 9{NBSP}h{NNBSP}?" in french
    assert "Subjects: water · Le Partenariat</title>" in english


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
