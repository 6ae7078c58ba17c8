"""The notices a French association must publish, linked from every page's footer (#5)."""

import re

import pytest

from association.models import Page

pytestmark = pytest.mark.django_db


def footer_links(html):
    footer = html.split('<nav class="legal-links"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer)


def test_the_footer_links_the_legal_notice_and_accessibility_statement_in_french(client, seeded):
    links = footer_links(client.get("/fr/histoire/").content.decode())

    assert ("/fr/mentions-legales/", "Mentions légales") in links
    assert ("/fr/accessibilite/", "Déclaration d’accessibilité") in links


def test_the_footer_links_the_legal_notice_and_accessibility_statement_in_english(client, seeded):
    links = footer_links(client.get("/en/contact/").content.decode())

    assert ("/en/legal-notice/", "Legal notice") in links
    assert ("/en/accessibility/", "Accessibility statement") in links


def test_the_footer_links_the_privacy_notice_once_staff_publish_it(client, seeded):
    Page.objects.update_or_create(
        key=Page.Key.PRIVACY, defaults={"title_fr": "Confidentialité", "title_en": "Privacy"}
    )

    assert ("/en/privacy/", "Privacy") in footer_links(client.get("/en/").content.decode())


def test_the_footer_leaves_out_an_unpublished_notice(client, seeded):
    Page.objects.filter(key=Page.Key.LEGAL).update(is_published=False)

    links = footer_links(client.get("/fr/").content.decode())

    assert "/fr/mentions-legales/" not in dict(links)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/fr/mentions-legales/",
            ["<dd>Le Partenariat</dd>", "71 rue Victor-Renard<br>59000 Lille", "Éditeur"],
        ),
        (
            "/en/legal-notice/",
            ["<dd>Le Partenariat</dd>", "71 rue Victor-Renard<br>59000 Lille", "Publisher"],
        ),
        (
            "/fr/accessibilite/",
            [
                "<strong>non conforme</strong>",
                "RGAA",
                "aucun audit",
                "Contenus non accessibles",
                "établie le 2 décembre 2026",
                "version 4.1.2",
                "lepartenariat.org",
                "Aucune technologie d’assistance",
                "Pages vérifiées",
                "par courrier au Partenariat, 71 rue Victor-Renard",
                "axe-core",
                "Retour d’information et contact",
                "Défenseur des droits",
            ],
        ),
        (
            "/en/accessibility/",
            [
                "<strong>not compliant</strong>",
                "RGAA",
                "not yet been audited",
                "Content that is not accessible",
                "drawn up on 2 December 2026",
                "version 4.1.2",
                "Pages checked",
                "by post to Le Partenariat",
                "axe-core",
                "Feedback and contact",
                "Défenseur des droits",
            ],
        ),
    ],
)
def test_the_seeded_notices_say_who_publishes_and_how_accessible_the_site_is(
    client, seeded, path, expected
):
    # French typography puts a no-break space before the colon (#18).
    html = client.get(path).content.decode().replace("\u00a0", " ").replace("\u202f", " ")

    for text in expected:
        assert text in html


def test_the_legal_notice_is_flagged_for_staff_to_complete(seeded):
    assert Page.objects.get(key=Page.Key.LEGAL).to_confirm


def test_every_page_states_its_accessibility_status_in_the_footer(client, seeded):
    french = client.get("/fr/histoire/").content.decode()
    english = client.get("/en/").content.decode()

    assert (
        '<p class="accessibility-status"><a href="/fr/accessibilite/">'
        "Accessibilité\u00a0: non conforme</a></p>" in french
    )
    assert "Accessibility: not compliant</a></p>" in english


def test_without_a_statement_the_status_is_still_stated(client, seeded):
    Page.objects.filter(key=Page.Key.ACCESSIBILITY).update(is_published=False)

    html = client.get("/fr/").content.decode()

    assert '<p class="accessibility-status">Accessibilité\u00a0: non conforme</p>' in html
