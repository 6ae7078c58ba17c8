"""The legal notice shows the LCEN's facts staff filled in, and nothing else (#26)."""

import pytest

from association.models import LegalNotice
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal_page(db):
    return PageFactory(key="legal", title_fr="Mentions légales", body_fr="<p>Contenus.</p>")


def test_the_facts_filled_in_are_shown_and_a_missing_one_hides_its_line(client, legal_page):
    LegalNotice.objects.create(
        publisher_name="Le Partenariat",
        publisher_address="71 rue Victor-Renard\n59000 Lille, France",
        phone="+33 3 20 53 76 76",
        host_name="Hébergeur SAS",
    )

    html = client.get("/fr/mentions-legales/").content.decode()

    assert "<dd>Le Partenariat</dd>" in html
    assert "<dd>71 rue Victor-Renard<br>59000 Lille, France</dd>" in html
    assert "<dd>Hébergeur SAS</dd>" in html
    assert "Numéro RNA ou SIREN" not in html
    assert "Directeur ou directrice de la publication" not in html
    assert "confirmer" not in html.lower()


def test_the_seeded_legal_notice_shows_no_placeholder(client, seeded):
    french = client.get("/fr/mentions-legales/").content.decode()
    english = client.get("/en/legal-notice/").content.decode()

    assert "<dd>Le Partenariat</dd>" in french
    assert "À confirmer" not in french
    assert "To be confirmed" not in english
