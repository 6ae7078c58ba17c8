import datetime
import re

import pytest

from tests.factories import OpeningHoursFactory, PlaceFactory, SocialLinkFactory

pytestmark = pytest.mark.django_db


def test_weekly_hours_show_several_intervals_and_closed_days(client):
    place = PlaceFactory(name_fr="Centre Gaïa", name_en="Centre Gaïa")
    OpeningHoursFactory(
        place=place, weekday=1, opens=datetime.time(9), closes=datetime.time(12, 30)
    )
    OpeningHoursFactory(place=place, weekday=1, opens=datetime.time(14), closes=datetime.time(18))

    french = client.get("/fr/contact/").content.decode()
    english = client.get("/en/contact/").content.decode()

    assert "9\u00a0h\u00a0– 12\u00a0h\u00a030, 14\u00a0h\u00a0– 18\u00a0h" in french
    assert '<th scope="row">mardi</th>' in french.lower()
    assert '<th scope="row">dimanche</th>\n      <td>fermé</td>' in french.lower()
    assert '<th scope="row">Sunday</th>\n      <td>Closed</td>' in english


def test_contact_page_shows_address_phone_and_social_links(client):
    PlaceFactory(name_fr="Siège de Lille", street_address="71 rue Victor-Renard")
    SocialLinkFactory(url="https://www.facebook.com/lepartenariat")

    html = client.get("/fr/contact/").content.decode()

    assert "71 rue Victor-Renard" in html
    assert 'href="tel:+33320537676"' in html
    assert "Suivez-nous" in html
    assert 'href="https://www.facebook.com/lepartenariat"' in html


def test_unpublished_place_is_not_shown(client):
    PlaceFactory(name_fr="Ancien bureau", is_published=False)

    assert "Ancien bureau" not in client.get("/fr/contact/").content.decode()


def test_a_place_s_map_link_and_hours_read_as_french_without_an_article_to_guess(client):
    """ "Voir Siège de Lille sur une carte" lacked its article; a label before the name
    needs none, whatever the place is called (#26)."""
    place = PlaceFactory(name_fr="Siège de Lille", map_url="https://www.openstreetmap.org/")
    OpeningHoursFactory(place=place)

    html = client.get("/fr/contact/").content.decode()

    assert re.search("Plan d’accès[\u00a0\u202f]: Siège de Lille", html)
    assert re.search("Siège de Lille[\u00a0\u202f]: horaires d’ouverture", html)
