import re

import pytest

from association.models import Page
from tests.factories import ProgrammeFactory
from tests.public_pages import public_paths

pytestmark = pytest.mark.django_db

PAGES = [
    # (French path, English path, French title, English title)
    ("/fr/", "/en/", "Accueil", "Home"),
    (
        "/fr/histoire/",
        "/en/history/",
        "L’histoire de l’association",
        "The history of the association",
    ),
    ("/fr/programmes/", "/en/programmes/", "Nos programmes", "Our programmes"),
    ("/fr/contact/", "/en/contact/", "Nous contacter", "Contact us"),
]


def title_of(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1).strip()


@pytest.mark.parametrize(("fr_path", "en_path", "fr_title", "en_title"), PAGES)
def test_every_page_answers_in_both_languages_with_its_own_title(
    client, seeded, fr_path, en_path, fr_title, en_title
):
    french = client.get(fr_path)
    english = client.get(en_path)

    assert french.status_code == 200
    assert english.status_code == 200
    assert title_of(french) == f"{fr_title} · Le Partenariat"
    assert title_of(english) == f"{en_title} · Le Partenariat"
    assert '<html lang="fr">' in french.content.decode()
    assert '<html lang="en">' in english.content.decode()


def test_programme_page_is_titled_with_the_programme_in_each_language(client, db):
    programme = ProgrammeFactory(name_fr="Accès à l’eau", name_en="Access to water", acronym="")

    assert title_of(client.get(f"/fr/programmes/{programme.slug_fr}/")).startswith("Accès à l’eau")
    assert title_of(client.get(f"/en/programmes/{programme.slug_en}/")).startswith(
        "Access to water"
    )


def test_a_programme_is_not_found_under_the_other_languages_slug(client, db):
    programme = ProgrammeFactory()

    assert client.get(f"/en/programmes/{programme.slug_fr}/").status_code == 404


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [("en-GB,en;q=0.9", "/en/"), ("fr-FR,fr;q=0.9", "/fr/"), ("de-DE", "/fr/"), ("", "/fr/")],
)
def test_root_redirects_by_accept_language_with_french_by_default(client, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/fr/nexiste-pas/", "Page introuvable"), ("/en/does-not-exist/", "Page not found")],
)
def test_missing_page_is_a_translated_404(client, db, path, heading):
    response = client.get(path)

    assert response.status_code == 404
    assert f"<h1>{heading}</h1>" in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_every_public_page_answers_in_its_language_with_a_title(client, seeded):
    for path in public_paths(client):
        response = client.get(path)
        language = path.split("/")[1]

        assert response.status_code == 200, path
        assert f'<html lang="{language}">' in response.content.decode(), path
        assert title_of(response).endswith(" · Le Partenariat"), path


def test_pages_load_nothing_from_another_host(client, seeded):
    for path in public_paths(client):
        html = client.get(path).content.decode()
        assert not re.search(
            r'(src|href)="(https?:)?//(?!127\.0\.0\.1|testserver)[^"]*\.(css|js)', html
        )


@pytest.mark.parametrize(
    ("fr_path", "en_path", "key"),
    [
        ("/fr/confidentialite/", "/en/privacy/", "privacy"),
        ("/fr/mentions-legales/", "/en/legal-notice/", "legal"),
        ("/fr/accessibilite/", "/en/accessibility/", "accessibility"),
    ],
)
def test_standalone_pages_show_the_staff_text_in_each_language(client, db, fr_path, en_path, key):
    Page.objects.create(
        key=key, title_fr="Titre français", title_en="English title", body_fr="<p>Texte</p>"
    )

    assert title_of(client.get(fr_path)) == "Titre français · Le Partenariat"
    assert title_of(client.get(en_path)) == "English title · Le Partenariat"


def test_an_unpublished_standalone_page_is_not_found(client, db):
    Page.objects.create(key="legal", title_fr="Mentions", title_en="Legal", is_published=False)

    assert client.get("/fr/mentions-legales/").status_code == 404
