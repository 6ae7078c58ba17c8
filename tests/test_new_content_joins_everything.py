"""One new kind of content, declared the normal way (tests/probe), joins every mechanism the
site has for content with no other line anywhere (#14)."""

import datetime
import json

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.urls import reverse

from core import pagecache
from tests.probe.models import Leaflet


@pytest.fixture
def leaflet(db):
    return Leaflet.objects.create(title_fr="Dépliant Zanzibar", title_en="")


def test_saving_it_makes_every_cached_page_stale(leaflet):
    before = pagecache.content_version()

    leaflet.title_fr = "Dépliant Zanzibar, deuxième édition"
    leaflet.save()

    assert pagecache.content_version() != before


def test_it_is_backed_up_and_restored(leaflet, tmp_path):
    backup = tmp_path / "content.json"
    call_command("export_content", str(backup))
    pk = leaflet.pk
    leaflet.delete()

    call_command("import_content", str(backup))

    assert "probe.Leaflet" in json.loads(backup.read_text())["content"]
    assert Leaflet.objects.get(pk=pk).title_fr == "Dépliant Zanzibar"


def test_the_editors_group_may_edit_it(client, editor, leaflet):
    client.force_login(editor)

    assert client.get(reverse("admin:probe_leaflet_change", args=[leaflet.pk])).status_code == 200
    assert editor.has_perm("probe.delete_leaflet")


def test_the_admin_keeps_its_history_and_shows_its_translations(staff_client, leaflet):
    history = staff_client.get(reverse("admin:probe_leaflet_history", args=[leaflet.pk]))
    changelist = staff_client.get(reverse("admin:probe_leaflet_changelist")).content.decode()

    assert history.status_code == 200
    assert "translation-badge" in changelist


def test_the_dashboard_lists_it_among_the_site_content(staff_client, leaflet):
    html = staff_client.get(reverse("admin:index")).content.decode()
    content_section = html[html.index('id="job-content"') :]

    assert reverse("admin:probe_leaflet_changelist") in content_section
    assert "1 sans EN" in content_section


def test_translation_status_reports_its_missing_english(leaflet, capsys):
    with pytest.raises(CommandError, match="1"):
        call_command("translation_status", "--strict")

    assert "Dépliant Zanzibar" in capsys.readouterr().out


def test_the_site_search_finds_it(client, leaflet):
    html = client.get("/fr/recherche/", {"q": "zanzibar"}).content.decode()

    assert "Dépliant Zanzibar" in html
    assert f"/leaflets/{leaflet.pk}/" in html


def test_the_sitemap_lists_it(client, leaflet):
    assert f"/leaflets/{leaflet.pk}/" in client.get("/sitemap.xml").content.decode()


NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)
LATER = NOW + datetime.timedelta(days=2)


def test_cached_pages_show_it_on_its_publication_date(client, settings, db):
    # Kept longer than the wait: only its date can end the cached pages.
    settings.PAGE_CACHE_SECONDS = 7 * 24 * 3600
    with time_machine.travel(NOW, tick=False):
        Leaflet.objects.create(title_fr="Dépliant Zanzibar", title_en="", publish_from=LATER)
        before = client.get("/fr/recherche/", {"q": "zanzibar"}).content.decode()
        sitemap_before = client.get("/sitemap.xml").content.decode()
    with time_machine.travel(LATER, tick=False):
        after = client.get("/fr/recherche/", {"q": "zanzibar"}).content.decode()
        sitemap_after = client.get("/sitemap.xml").content.decode()

    assert "Dépliant Zanzibar" not in before
    assert "Dépliant Zanzibar" in after
    assert "/leaflets/" not in sitemap_before
    assert "/leaflets/" in sitemap_after
