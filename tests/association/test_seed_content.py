import html
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from association import seed_data
from association.models import KeyFigure, Programme
from contact import seed_data as contact_seed_data
from contact.models import OpeningHours, Place
from timeline import seed_data as timeline_seed_data
from timeline.models import TimelineEvent

pytestmark = pytest.mark.django_db

HISTORY_TEXT = Path(__file__).parent.parent / "data" / "histoire-le-partenariat.txt"


def visible_text(response):
    """The page's text as a reader sees it: no tags, entities decoded, spaces folded."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    # French typography puts no-break spaces before : ; ! ? and inside « » (#18).
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))


def plain(fragment):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


# What issue #18 corrected in the history text, each fact kept: accents, the youth work camps
# in their own step, sentences that pointed at a previous step.
CORRECTIONS = {
    "Elargissement": "Élargissement",
    "A Lille": "À Lille",
    "éducation au Développement": "éducation au développement",
    "Union Européenne": "Union européenne",
    "sanitaire et à organiser des chantiers de jeunes dès 1984.": (
        "sanitaire. Parmi ses premières initiatives, l’association organise des chantiers de "
        "jeunes dès 1984."
    ),
    "créé – en partenariat avec l’ONG belge Studio Globo – : le Centre Gaïa.": (
        "créé en partenariat avec l’ONG belge Studio Globo : le Centre Gaïa."
    ),
    "En 2007, elle s’implante": "En 2007, l’association s’implante",
    "L’année suivante, le Programme": "En 2017, le Programme",
    "En 2019, il inaugure": "En 2019, le Centre Gaïa inaugure",
    # Issue #26's French editor.
    "développement en Nord-Pas-de-Calais": "développement dans le Nord-Pas-de-Calais",
    "former et sensibiliser": "former et de sensibiliser",
    "L’ONG le Partenariat se développe": "Le Partenariat se développe",
    "tels que Global School,": "tels que Global Schools,",
    "voit le jour, soutenu par l’AFD et s’étend au Sénégal, au Maroc, et en Guinée.": (
        "voit le jour ; soutenu par l’AFD, il s’étend au Sénégal, au Maroc et en Guinée."
    ),
}


def corrected(text):
    for old, new in CORRECTIONS.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def history_sentences():
    lines = corrected(HISTORY_TEXT.read_text(encoding="utf-8")).splitlines()
    story = lines[1 : lines.index("Nous contacter")]
    return [
        sentence.strip()
        for line in story
        for sentence in re.split(r"(?<=[.!?])\s+", line)
        if sentence.strip()
    ]


def test_every_sentence_of_the_association_history_is_on_the_french_site(client, seeded):
    site = " ".join(
        visible_text(client.get(path)) for path in ("/fr/histoire/", "/fr/", "/fr/programmes/")
    )
    missing = []
    for sentence in history_sentences():
        # A heading line such as "1981 – Création …" is shown as a year and a title.
        heading = re.match(r"^(\d{4}|Les années \d{4}|En \d{4}) ?[–:] ?(.*)$", sentence)
        parts = heading.groups() if heading else (sentence,)
        missing += [part for part in parts if part.replace("En ", "") not in site]

    assert missing == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_seeded_event_is_on_the_history_page_in_its_language(client, seeded, language):
    path = "/fr/histoire/" if language == "fr" else "/en/history/"
    page = visible_text(client.get(path))

    for event in timeline_seed_data.TIMELINE_EVENTS:
        assert event[f"title_{language}"] in page
        assert plain(event[f"body_{language}"]) in page
        if event[f"period_label_{language}"]:
            assert event[f"period_label_{language}"] in page


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_seeded_programme_and_its_figures_are_on_its_page(client, seeded, language):
    for record in seed_data.PROGRAMMES:
        page = visible_text(client.get(f"/{language}/programmes/{record[f'slug_{language}']}/"))
        assert record[f"name_{language}"] in page
        assert plain(record[f"summary_{language}"]) in page
        assert plain(record[f"body_{language}"]) in page
        for figure in seed_data.KEY_FIGURES:
            if figure["programme"] == record["key"]:
                assert f"{figure[f'value_{language}']} {figure[f'label_{language}']}" in page


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_seeded_place_is_on_the_contact_page(client, seeded, language):
    page = visible_text(client.get(f"/{language}/contact/"))

    for record in contact_seed_data.PLACES:
        assert record[f"name_{language}"] in page
        assert record["street_address"] in page
        if record["phone"]:
            assert record["phone"] in page


def test_seeded_places_are_open_tuesday_to_saturday_and_closed_on_sunday(seeded):
    for place in Place.objects.all():
        open_days = set(OpeningHours.objects.filter(place=place).values_list("weekday", flat=True))
        assert open_days == {1, 2, 3, 4, 5}


def test_the_french_history_says_sunday_closed_as_the_seed_page_does(client, seeded):
    page = visible_text(client.get("/fr/histoire/"))

    assert "Dimanche Fermé" in page
    assert "Nos horaires d’ouverture" in page
    assert "Suivez-nous" in page
    assert "Nous contacter" in page


def test_running_the_seed_twice_changes_nothing(seeded):
    counts = [model.objects.count() for model in (Programme, KeyFigure, TimelineEvent, Place)]

    call_command("seed_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert [
        model.objects.count() for model in (Programme, KeyFigure, TimelineEvent, Place)
    ] == counts


def test_the_seed_never_overwrites_what_staff_edited(seeded):
    programme = Programme.objects.get(seed_key="paems")
    programme.name_fr = "Nom choisi par l’équipe"
    programme.slug_fr = "nom-choisi"
    programme.save()
    TimelineEvent.objects.get(seed_key="1981-creation").delete()

    call_command("seed_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    programme.refresh_from_db()
    assert programme.name_fr == "Nom choisi par l’équipe"
    assert programme.slug_fr == "nom-choisi"
    assert Programme.objects.filter(seed_key="paems").count() == 1


def test_values_staff_must_confirm_are_flagged(seeded):
    assert Place.objects.filter(to_confirm=True).count() == len(contact_seed_data.PLACES)
    assert KeyFigure.objects.get(seed_key="paems-schools").value_fr == "124"
