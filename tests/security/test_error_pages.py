import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def failing_site(settings):
    settings.ROOT_URLCONF = "tests.security.urls_failing"
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/fr/crash/", "Un problème est survenu de notre côté"),
        ("/en/crash/", "Something went wrong"),
    ],
)
def test_a_crash_shows_a_translated_500_page_without_any_internals(failing_site, path, title):
    response = failing_site.get(path)
    html = response.content.decode()

    assert response.status_code == 500
    assert title in html
    assert "Traceback" not in html
    assert "hunter2" not in html
    assert "RuntimeError" not in html


def test_a_forbidden_page_is_a_translated_403(failing_site):
    french = failing_site.get("/fr/forbidden/")
    english = failing_site.get("/en/forbidden/")

    assert french.status_code == 403
    assert "Accès refusé" in french.content.decode()
    assert english.status_code == 403
    assert "Access denied" in english.content.decode()


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Nous n’avons pas pu comprendre cette demande"), ("en", "We could not understand")],
)
def test_an_unknown_host_gets_a_translated_400(client, language, text):
    response = client.get(
        "/robots.txt", HTTP_HOST="evil.example", headers={"accept-language": language}
    )

    assert response.status_code == 400
    assert text in response.content.decode()
    assert "DisallowedHost" not in response.content.decode()


def test_a_form_posted_without_its_csrf_token_gets_a_translated_403(seeded):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/admin/login/", {"username": "x", "password": "y"})

    assert response.status_code == 403
    assert "Ce formulaire a expiré" in response.content.decode()
    assert "CSRF" not in response.content.decode()


def test_a_missing_page_is_a_translated_404_in_each_language(client, seeded):
    french = client.get("/fr/nulle-part/")
    english = client.get("/en/nowhere/")

    assert french.status_code == 404
    assert "Page introuvable" in french.content.decode()
    assert english.status_code == 404
    assert "Page not found" in english.content.decode()


def test_the_500_page_renders_even_when_the_database_is_down(failing_site, monkeypatch):
    from django.db import DatabaseError

    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)
    response = failing_site.get("/fr/")

    assert response.status_code == 500
    assert "Un problème est survenu de notre côté" in response.content.decode()
