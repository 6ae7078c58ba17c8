"""What a visitor or a pasted text can send the news pages, the feeds and the calendar files
never makes them fail (#22)."""

import pytest
from django.core.exceptions import ValidationError

from events.models import Event
from news.models import NewsPost
from tests.factories import EventFactory, NewsPostFactory, ProgrammeFactory
from tests.news.test_news_feeds import ATOM, parse_atom

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/fr/actualites/", "/fr/actualites/flux/"])
def test_a_programme_filter_with_a_nul_character_is_a_404(client, path):
    response = client.get(path, {"programme": "\x00"})

    assert response.status_code == 404


def test_a_slug_that_is_another_programme_s_in_the_other_language_is_refused():
    ProgrammeFactory(slug_fr="eau", slug_en="water")
    clash = ProgrammeFactory.build(slug_fr="energie", slug_en="eau")

    with pytest.raises(ValidationError) as refused:
        clash.full_clean()

    assert refused.value.message_dict["slug_en"] == [
        "Cette adresse web est déjà celle d’un autre programme dans l’autre langue."
    ]


def test_a_feed_filter_matching_two_programmes_in_two_languages_picks_this_language_s(client):
    # Rows from before the clash was refused.
    water = ProgrammeFactory(acronym="PAEMS", slug_fr="eau", slug_en="water", name_fr="Eau")
    ProgrammeFactory(acronym="PAER", slug_fr="energie", slug_en="eau", name_fr="Énergie")
    NewsPostFactory(title_fr="Des puits").programmes.add(water)

    feed = parse_atom(client.get("/fr/actualites/flux/", {"programme": "eau"}))

    assert feed.find(f"{ATOM}title").text == "Le Partenariat\xa0: actualités de PAEMS – Eau"
    assert [e.find(f"{ATOM}title").text for e in feed.iterfind(f"{ATOM}entry")] == ["Des puits"]


def test_control_characters_are_stripped_when_a_post_is_saved():
    post = NewsPostFactory(title_fr="Assemblée\x0bgénérale\x00", summary_fr="Un\x1frésumé")

    post.refresh_from_db()
    assert post.title_fr == "Assemblée générale"
    assert post.summary_fr == "Un résumé"


def test_a_feed_whose_titles_hold_control_characters_still_parses(client):
    post = NewsPostFactory(title_fr="Titre")
    # A row written before control characters were stripped on save.
    NewsPost.objects.filter(pk=post.pk).update(
        title_fr="Assemblée\x0bgénérale", summary_fr="Un\x0crésumé"
    )

    feed = parse_atom(client.get("/fr/actualites/flux/"))

    [entry] = feed.iterfind(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Assemblée générale"
    assert entry.find(f"{ATOM}summary").text == "Un résumé"


def test_an_event_file_holds_no_control_character(client):
    event = EventFactory(slug_fr="assemblee")
    Event.objects.filter(pk=event.pk).update(
        title_fr="Assemblée\x0bgénérale", summary_fr="Ordre\x01du jour"
    )

    content = client.get("/fr/agenda/assemblee/ics/").content

    assert b"SUMMARY:Assembl\xc3\xa9e g\xc3\xa9n\xc3\xa9rale" in content
    assert not any(byte < 0x20 and byte not in b"\t\r\n" for byte in content)
