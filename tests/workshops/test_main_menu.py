import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("home", "link"),
    [
        ("/fr/", '<a href="/fr/ateliers/">Ateliers</a>'),
        ("/en/", '<a href="/en/workshops/">Workshops</a>'),
    ],
)
def test_the_main_menu_leads_to_the_workshops(client, workshop, home, link):
    assert link in client.get(home).content.decode()
