"""News posts and events join what the site does for all content, by declaration (#15):
admin in French, dashboard counts, search in both languages, sitemap, backup, seed."""

import datetime
import json
import xml.etree.ElementTree as ElementTree

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from events.models import Event
from news.models import NewsPost
from tests.factories import EventFactory, NewsPostFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 9, tzinfo=datetime.UTC)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.mark.parametrize(
    ("model", "labels"),
    [
        ("newspost", ["Date de publication", "Programmes", "Publié", "À confirmer"]),
        ("event", ["Date de début", "Heure de début", "Dans l’un de nos lieux", "Inscription"]),
    ],
)
def test_the_admin_forms_speak_french(staff_client, model, labels):
    html = staff_client.get(
        reverse(f"admin:{'news' if model == 'newspost' else 'events'}_{model}_add")
    ).content.decode()

    for label in labels:
        assert label in html


def test_staff_publish_a_post_from_the_list(staff_client):
    post = NewsPostFactory(is_published=False)
    changelist = staff_client.get(reverse("admin:news_newspost_changelist")).content.decode()

    assert 'name="form-0-is_published"' in changelist
    assert "Actualités" in changelist
    assert post.title_fr in changelist


def test_the_editors_group_edits_posts_and_events(editor):
    for permission in ("news.change_newspost", "news.add_newspost", "events.change_event"):
        assert editor.has_perm(permission)


@time_machine.travel(NOW, tick=False)
def test_the_dashboard_counts_upcoming_events(staff_client):
    EventFactory(start_date=datetime.date(2026, 12, 20))
    EventFactory(start_date=datetime.date(2027, 1, 20))
    EventFactory(start_date=datetime.date(2026, 1, 20))

    html = staff_client.get(reverse("admin:index")).content.decode()

    assert "2 à venir" in html
    assert reverse("admin:events_event_changelist") in html
    assert reverse("admin:news_newspost_changelist") in html


@time_machine.travel(NOW, tick=False)
def test_the_admin_filters_upcoming_and_past_events(staff_client):
    EventFactory(title_fr="À venir", start_date=datetime.date(2026, 12, 20))
    EventFactory(title_fr="Passé", start_date=datetime.date(2026, 1, 20))

    upcoming = staff_client.get(reverse("admin:events_event_changelist"), {"when": "upcoming"})

    assert "À venir" in upcoming.content.decode()
    assert ">Passé<" not in upcoming.content.decode()


@pytest.mark.parametrize(
    ("path", "query", "title"),
    [
        ("/fr/recherche/", "Podor", "Un nouveau succès à Podor"),
        ("/en/search/", "Podor", "A new success in Podor"),
        ("/fr/recherche/", "Zanzibar", "Rencontre de Zanzibar"),
        ("/en/search/", "Zanzibar", "Zanzibar meeting"),
    ],
)
def test_the_site_search_finds_posts_and_events_in_both_languages(client, path, query, title):
    NewsPostFactory(title_fr="Un nouveau succès à Podor", title_en="A new success in Podor")
    EventFactory(title_fr="Rencontre de Zanzibar", title_en="Zanzibar meeting")

    assert title in client.get(path, {"q": query}).content.decode()


def test_the_sitemap_lists_posts_events_and_their_lists_with_lastmod_and_hreflang(client):
    post = NewsPostFactory(slug_fr="podor", slug_en="podor-en")
    EventFactory(slug_fr="assemblee", slug_en="assembly")
    NewsPostFactory(slug_fr="brouillon", is_published=False)

    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.iterfind(f"{SITEMAP}url")}

    for path in [
        "/fr/actualites/podor/",
        "/en/news/podor-en/",
        "/fr/agenda/assemblee/",
        "/en/events/assembly/",
        "/fr/actualites/",
        "/en/events/",
    ]:
        assert f"http://testserver{path}" in urls
    assert "http://testserver/fr/actualites/brouillon/" not in urls
    french = urls["http://testserver/fr/actualites/podor/"]
    assert french.find(f"{SITEMAP}lastmod").text == timezone.localdate(post.updated_at).isoformat()
    alternates = {
        link.get("hreflang"): link.get("href") for link in french.iterfind(f"{XHTML}link")
    }
    assert alternates["en"] == "http://testserver/en/news/podor-en/"
    assert urls["http://testserver/fr/actualites/"].find(f"{SITEMAP}lastmod") is not None


def test_posts_and_events_are_backed_up_and_restored(tmp_path, db):
    post = NewsPostFactory(title_fr="Sauvegardée")
    event = EventFactory(title_fr="Sauvegardé")
    backup = tmp_path / "content.json"
    post_pk, event_pk, ends_at = post.pk, event.pk, event.ends_at

    call_command("export_content", str(backup))
    post.delete()
    event.delete()
    call_command("import_content", str(backup))

    content = json.loads(backup.read_text())["content"]
    assert "news.NewsPost" in content and "events.Event" in content
    assert NewsPost.objects.get(pk=post_pk).title_fr == "Sauvegardée"
    assert Event.objects.get(pk=event_pk).ends_at == ends_at


def test_the_seed_creates_the_posts_and_events_public_sources_name_all_to_confirm(seeded):
    assert NewsPost.objects.count() == 8
    assert Event.objects.count() == 1
    assert not NewsPost.objects.filter(to_confirm=False).exists()
    assert not Event.objects.filter(to_confirm=False).exists()
    assert NewsPost.objects.exclude(title_en="").count() == 8
    # Only the Erasmus+ post has a known date; no date is invented for the others.
    assert list(NewsPost.objects.exclude(published_on=None).values_list("seed_key", flat=True)) == [
        "erasmus-plus-2022"
    ]
    assembly = Event.objects.get()
    assert assembly.start_date == datetime.date(2021, 3, 9)
    assert assembly.start_time is None and assembly.place is None


def test_running_the_seed_twice_keeps_staff_edits_to_posts(seeded):
    from lepartenariat.seeding import seed_all

    post = NewsPost.objects.get(seed_key="podor")
    post.title_fr = "Titre revu"
    post.save()

    report = seed_all()

    assert report.total_created == 0
    assert NewsPost.objects.get(seed_key="podor").title_fr == "Titre revu"


def test_seeded_posts_link_their_programmes(client, seeded):
    html = client.get("/fr/actualites/un-nouveau-succes-a-podor/").content.decode()

    assert "/fr/programmes/paems-acces-eau-milieu-scolaire/" in html
