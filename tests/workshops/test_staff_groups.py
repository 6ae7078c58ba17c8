import pytest

from core.staff_groups import EDITORS, RECEPTION
from tests.factories import BookingRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_of(django_user_model, client):
    from django.contrib.auth.models import Group

    def login(group_name):
        user = django_user_model.objects.create_user(group_name, password="pw", is_staff=True)
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        return client

    return login


def test_reception_answers_booking_requests_and_reads_the_day_sheet(member_of, workshop):
    booking = BookingRequestFactory(workshop=workshop)
    reception = member_of(RECEPTION)

    assert reception.get("/admin/workshops/bookingrequest/").status_code == 200
    page = reception.get(f"/admin/workshops/bookingrequest/{booking.pk}/change/")
    assert "Répondre à l’enseignant" in page.content.decode()
    assert reception.get("/admin/workshops/bookingrequest/day/").status_code == 200
    assert reception.get(f"/admin/workshops/bookingrequest/{booking.pk}/delete/").status_code == 403


def test_editors_keep_the_workshops_but_not_the_teachers_requests(member_of, workshop):
    editor = member_of(EDITORS)

    assert editor.get(f"/admin/workshops/workshop/{workshop.pk}/change/").status_code == 200
    assert editor.get("/admin/workshops/bookingrequest/").status_code == 403
    assert editor.get("/admin/workshops/bookingrequest/day/").status_code == 403


def test_reception_sees_new_booking_requests_counted_on_the_admin_index(
    client, receptionist, workshop
):
    BookingRequestFactory(workshop=workshop)
    BookingRequestFactory(workshop=workshop)
    client.force_login(receptionist)

    html = client.get("/admin/").content.decode()
    reception = html.split('id="job-reception"')[1]

    assert "Demandes de réservation" in reception
    assert "2 nouveaux" in reception
