"""The privacy notice covers every personal data the site keeps, with the periods the
settings set (#26: written by the site from association.privacy)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "sentences"),
    [
        (
            "/fr/confidentialite/",
            [
                "Messages envoyés par le formulaire de contact",
                "Demandes de réservation d’ateliers",
                "La lettre d’information",
                "30 jours",
                "Jusqu’à votre désinscription",
                "Le site lui-même ne garde aucune candidature",
                "365 jours",
                "CNIL",
            ],
        ),
        (
            "/en/privacy/",
            [
                "Messages sent with the contact form",
                "Workshop booking requests",
                "The newsletter",
                "30 days",
                "Until you unsubscribe",
                "The site itself keeps no application",
                "365 days",
                "CNIL",
            ],
        ),
    ],
)
def test_the_privacy_notice_covers_every_personal_data_the_site_keeps(
    client, seeded, path, sentences
):
    html = client.get(path).content.decode()

    for sentence in sentences:
        assert sentence in html
