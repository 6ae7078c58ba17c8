import pytest
from django.db import DatabaseError

from tests.factories import ProgrammeFactory

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_with_the_reason_when_the_database_does_not(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert "unreachable" in response.json()["database"]


def test_robots_txt_points_to_the_sitemap_and_keeps_admin_out(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_sitemap_lists_every_page_in_both_languages_with_alternates(client):
    ProgrammeFactory(slug_fr="eau-ecoles", slug_en="water-schools")

    xml = client.get("/sitemap.xml").content.decode()

    for path in [
        "/fr/",
        "/en/",
        "/fr/histoire/",
        "/en/history/",
        "/fr/programmes/",
        "/en/programmes/",
        "/fr/contact/",
        "/en/contact/",
        "/fr/programmes/eau-ecoles/",
        "/en/programmes/water-schools/",
    ]:
        assert f"<loc>http://testserver{path}</loc>" in xml
    assert 'hreflang="en" href="http://testserver/en/programmes/water-schools/"' in xml
    assert 'hreflang="x-default"' in xml
