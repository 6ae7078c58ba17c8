"""The Atom feeds of the news, read by a strict XML parser (#15)."""

import datetime
import xml.etree.ElementTree as ElementTree

import pytest

from tests.factories import NewsPostFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse_atom(response):
    """The feed element, after checking what RFC 4287 requires of a feed and its entries."""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{name}").text
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Le Partenariat"
    for entry in feed.iterfind(f"{ATOM}entry"):
        for name in ("id", "title"):
            assert entry.find(f"{ATOM}{name}").text
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http://")
        # A post's own date, when it has one (#26).
        if entry.find(f"{ATOM}published") is not None:
            assert entry.find(f"{ATOM}updated").text == entry.find(f"{ATOM}published").text
            datetime.datetime.fromisoformat(entry.find(f"{ATOM}updated").text)
    return feed


def entries(feed):
    return [
        {
            "title": entry.find(f"{ATOM}title").text,
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.find(f"{ATOM}summary").text,
            "published": getattr(entry.find(f"{ATOM}published"), "text", None),
            "lang": entry.get(XML_LANG),
        }
        for entry in feed.iterfind(f"{ATOM}entry")
    ]


def test_the_french_feed_lists_the_published_posts_newest_first_with_absolute_links(client):
    NewsPostFactory(
        title_fr="Plus ancienne", published_on=datetime.date(2016, 1, 1), slug_fr="ancienne"
    )
    NewsPostFactory(
        title_fr="Récente",
        summary_fr="L’eau & les écoles.",
        published_on=datetime.date(2022, 12, 7),
        slug_fr="recente",
    )
    NewsPostFactory(title_fr="Cachée", is_published=False)

    feed = parse_atom(client.get("/fr/actualites/flux/"))

    assert feed.get(XML_LANG) == "fr"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/fr/actualites/flux/"
    )
    assert entries(feed) == [
        {
            "title": "Récente",
            "link": "http://testserver/fr/actualites/recente/",
            "summary": "L’eau &amp; les écoles.",
            "published": "2022-12-07T00:00:00+01:00",
            "lang": "fr",
        },
        {
            "title": "Plus ancienne",
            "link": "http://testserver/fr/actualites/ancienne/",
            "summary": "Un résumé de l’actualité.",
            "published": "2016-01-01T00:00:00+01:00",
            "lang": "fr",
        },
    ]


def test_the_english_feed_speaks_english_and_marks_an_untranslated_post_as_french(client):
    NewsPostFactory(title_en="In English", slug_en="in-english")
    NewsPostFactory(title_fr="Seulement en français", title_en="", summary_en="")

    feed = parse_atom(client.get("/en/news/feed/"))

    assert feed.get(XML_LANG) == "en"
    assert feed.find(f"{ATOM}title").text == "Le Partenariat: news"
    langs = {entry["title"]: entry["lang"] for entry in entries(feed)}
    assert langs == {"In English": "en", "Seulement en français": "fr"}
    assert "http://testserver/en/news/in-english/" in [entry["link"] for entry in entries(feed)]


def test_a_feed_per_programme_carries_only_its_posts(client):
    water = ProgrammeFactory(acronym="", name_en="Water", slug_fr="eau", slug_en="water")
    NewsPostFactory(title_en="On water").programmes.add(water)
    NewsPostFactory(title_en="Elsewhere")

    feed = parse_atom(client.get("/en/news/feed/", {"programme": "water"}))

    assert [entry["title"] for entry in entries(feed)] == ["On water"]
    assert feed.find(f"{ATOM}title").text == "Le Partenariat: news of Water"
    assert client.get("/en/news/feed/", {"programme": "nothing"}).status_code == 404


def test_a_post_without_a_date_has_no_date_rather_than_the_time_it_was_saved(client):
    NewsPostFactory(published_on=None)

    feed = parse_atom(client.get("/fr/actualites/flux/"))

    assert entries(feed)[0]["published"] is None
    assert feed.find(f"{ATOM}entry/{ATOM}updated") is None


def test_entries_carry_the_posts_own_dates_not_when_the_rows_were_saved(client):
    NewsPostFactory(published_on=datetime.date(2019, 3, 4))

    feed = parse_atom(client.get("/en/news/feed/"))

    assert feed.find(f"{ATOM}entry/{ATOM}updated").text == "2019-03-04T00:00:00+01:00"
    assert feed.find(f"{ATOM}updated").text == "2019-03-04T00:00:00+01:00"


def test_the_french_feed_is_set_the_french_way(client):
    NewsPostFactory(title_fr="Sujets : l’eau", summary_fr="Dès 09:00, 139 000 € !")

    feed = parse_atom(client.get("/fr/actualites/flux/"))

    assert feed.find(f"{ATOM}title").text == "Le Partenariat\u00a0: actualités"
    assert entries(feed)[0]["title"] == "Sujets\u00a0: l’eau"
    assert entries(feed)[0]["summary"] == "Dès 9\u00a0h, 139\u00a0000\u00a0€\u202f!"
