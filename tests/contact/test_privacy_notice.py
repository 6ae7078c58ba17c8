import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "sentences"),
    [
        (
            "/fr/confidentialite/",
            [
                "Messages du formulaire de contact",
                "Demandes de réservation d’ateliers",
                "Lettre d’information",
                "30 jours",
                "jusqu’à votre désinscription",
                "le site lui-même n’en garde aucune",
                "douze mois",
                "CNIL",
            ],
        ),
        (
            "/en/privacy/",
            [
                "Messages sent through the contact form",
                "Workshop booking requests",
                "Newsletter",
                "30 days",
                "until you unsubscribe",
                "the website itself keeps none",
                "twelve months",
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
