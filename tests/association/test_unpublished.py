import pytest

from tests.factories import ProgrammeFactory, TimelineEventFactory
from tests.public_pages import public_paths

pytestmark = pytest.mark.django_db


def test_an_unpublished_event_is_nowhere_on_the_public_site(client, seeded):
    TimelineEventFactory(
        title_fr="Étape secrète", title_en="Secret step", is_published=False, is_highlight=True
    )

    for path in public_paths(client):
        html = client.get(path).content.decode()
        assert "Étape secrète" not in html
        assert "Secret step" not in html


def test_an_unpublished_programme_is_nowhere_on_the_public_site(client, seeded):
    programme = ProgrammeFactory(
        name_fr="Projet caché", name_en="Hidden project", is_published=False
    )

    for path in public_paths(client):
        html = client.get(path).content.decode()
        assert "Projet caché" not in html
        assert "Hidden project" not in html
    assert client.get(f"/fr/programmes/{programme.slug_fr}/").status_code == 404
    assert client.get(f"/en/programmes/{programme.slug_en}/").status_code == 404
    assert programme.slug_fr not in client.get("/sitemap.xml").content.decode()


def test_an_unpublished_child_is_not_listed_under_its_parent(client, db):
    parent = ProgrammeFactory()
    ProgrammeFactory(parent=parent, name_fr="Enfant caché", is_published=False)

    assert "Enfant caché" not in client.get(parent.get_absolute_url()).content.decode()
