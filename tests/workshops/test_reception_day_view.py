import re
from pathlib import Path

import pytest
import time_machine
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import BookingRequestFactory, WorkshopFactory
from tests.workshops.conftest import confirmed_at, paris

pytestmark = pytest.mark.django_db

DAY_URL = "/admin/workshops/bookingrequest/day/"
# Thursday 4 March 2027, before opening.
NOW = paris(2027, 3, 4, 8, 0)


@pytest.fixture(autouse=True)
def thursday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


def test_reception_sees_todays_and_this_weeks_groups_with_their_pupils(staff_client, workshop):
    confirmed_at(workshop, paris(2027, 3, 4, 9), school="École Jules Ferry", pupils=28)
    confirmed_at(workshop, paris(2027, 3, 4, 14), school="Collège Verlaine", pupils=25)
    confirmed_at(workshop, paris(2027, 3, 2, 9), school="École Pasteur", pupils=22)
    confirmed_at(workshop, paris(2027, 3, 9, 9), school="Lycée de la semaine prochaine")
    BookingRequestFactory(workshop=workshop, school="Demande pas encore confirmée")

    body = staff_client.get(DAY_URL).content.decode()

    today, week = body.split('id="week-title"')
    assert "Aujourd’hui, jeudi 4 mars 2027" in today
    assert today.index("09:00–12:00") < today.index("École Jules Ferry")
    assert today.index("École Jules Ferry") < today.index("Collège Verlaine")
    assert "<td>53</td>" in today
    assert "École Pasteur" not in today
    assert "École Pasteur" in week and "École Jules Ferry" in week
    assert "75 élèves cette semaine" in week
    assert "Lycée de la semaine prochaine" not in body
    assert "Demande pas encore confirmée" not in body


def test_the_day_view_prints_without_the_admin_frame(staff_client, workshop):
    body = staff_client.get(DAY_URL).content.decode()
    assert re.search(r'href="/static/css/reception-sheet[^"]*\.css"', body)
    css = Path(finders.find("css/reception-sheet.css")).read_text()

    assert "@media print" in css
    assert "#header" in css.split("@media print")[1]
    assert "<style" not in body
    assert "Aucun groupe n’est attendu aujourd’hui." in body


def test_reception_can_look_at_another_week(staff_client, workshop):
    confirmed_at(workshop, paris(2027, 3, 9, 9), school="Lycée Baggio")

    body = staff_client.get(DAY_URL, {"day": "2027-03-09"}).content.decode()

    assert "Lycée Baggio" in body


def test_the_day_view_makes_the_same_number_of_queries_with_few_and_many_groups(
    staff_client, workshop
):
    confirmed_at(workshop, paris(2027, 3, 4, 9))
    with CaptureQueriesContext(connection) as few:
        staff_client.get(DAY_URL)
    for day in (2, 3, 5):
        other = WorkshopFactory(place=workshop.place)
        confirmed_at(other, paris(2027, 3, day, 9))
        confirmed_at(other, paris(2027, 3, day, 14))
    with CaptureQueriesContext(connection) as many:
        staff_client.get(DAY_URL)

    assert len(few) == len(many)


def test_the_booking_list_links_to_the_day_view(staff_client, workshop):
    body = staff_client.get("/admin/workshops/bookingrequest/").content.decode()

    assert f'href="{DAY_URL}"' in body
    assert "Feuille d’accueil\u00a0: aujourd’hui et cette semaine" in body
