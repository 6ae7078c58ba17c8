import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "sentences"),
    [
        (
            "/fr/confidentialite/",
            ["Ce que nous gardons", "douze mois", "Qui les lit", "supprimer votre message"],
        ),
        ("/en/privacy/", ["What we keep", "twelve months", "Who reads it", "delete your message"]),
    ],
)
def test_the_privacy_notice_says_what_is_kept_how_long_who_reads_it(
    client, seeded, path, sentences
):
    html = client.get(path).content.decode()

    for sentence in sentences:
        assert sentence in html
