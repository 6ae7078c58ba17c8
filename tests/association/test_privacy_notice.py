"""The privacy notice describes each processing with the periods the settings set (#26)."""

import pytest

from association.models import LegalNotice
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


@pytest.fixture
def privacy_page(db):
    return PageFactory(key="privacy", title_fr="Confidentialité", body_fr="<p>Cookies.</p>")


def test_each_processing_says_why_on_what_basis_what_for_how_long_and_for_whom(
    client, privacy_page, settings
):
    settings.CONTACT_RETENTION_DAYS = 90
    settings.NEWSLETTER_UNCONFIRMED_DAYS = 15

    html = client.get("/fr/confidentialite/").content.decode()

    for title in (
        "Messages envoyés par le formulaire de contact",
        "Demandes de réservation d’ateliers",
        "La lettre d’information",
        "Candidatures à nos offres",
        "Les journaux du serveur web",
    ):
        assert f"<h2>{title}</h2>" in html
    assert html.count("<dt>Base légale</dt>") == 5
    assert "90 jours après son traitement, copies envoyées par e-mail comprises" in html
    assert "supprimée au bout de 15 jours" in html
    assert "portabilité" in html
    assert "après votre décès" in html
    assert "CNIL" in html


def test_processors_are_named_once_staff_fill_them_in(client, privacy_page):
    LegalNotice.objects.create(
        publisher_name="Le Partenariat",
        email="contact@example.org",
        host_name="Hébergeur SAS",
        to_confirm=True,
    )

    html = client.get("/fr/confidentialite/").content.decode()

    assert "Hébergeur SAS, notre hébergeur" in html
    assert "fournisseur d’e-mail, achemine" not in html
    assert "Écrivez à contact@example.org" in html
    # Unchecked, the notice claims no transfer either way.
    assert "Transferts hors de l’Union européenne" not in html
