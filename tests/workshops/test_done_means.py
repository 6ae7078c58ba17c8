"""The issue's "done means", from the teacher's phone to reception's sheet."""

import icalendar
import pytest
import time_machine
from django.core import mail
from django.test import Client

from tests.outbox import send_outbox
from tests.workshops.conftest import paris
from workshops.models import BookingRequest, Level

pytestmark = pytest.mark.django_db

BOOK = "/fr/ateliers/immersion-saint-louis/reserver/"
THURSDAY_MORNING = paris(2027, 3, 4, 9, 0)
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148 Safari/604.1"


def teacher_request(client, school, slots):
    return client.post(
        BOOK,
        {
            "school": school,
            "town": "Roubaix",
            "contact_name": "Claire Martin",
            "email": "claire.martin@example.org",
            "phone": "06 00 00 00 00",
            "class_level": Level.CM2.value,
            "pupils": 28,
            "slots": [slot.isoformat() for slot in slots],
        },
        headers={"user-agent": IPHONE},
    )


def test_a_roubaix_class_books_a_thursday_morning_and_nobody_else_can(
    client, django_user_model, workshop
):
    staff = django_user_model.objects.create_superuser("accueil", "accueil@example.org", "pw")
    staff_client = Client()
    with time_machine.travel(paris(2027, 3, 1, 10), tick=False):
        # Logged in on the day: a session from the real today would have expired by 2027.
        staff_client.force_login(staff)
        assert (
            teacher_request(
                client, "École Jean Macé", [THURSDAY_MORNING, paris(2027, 3, 5, 9)]
            ).status_code
            == 302
        )
        booking = BookingRequest.objects.get()

        staff_client.get(f"/admin/workshops/bookingrequest/{booking.pk}/change/")
        staff_client.post(
            f"/admin/workshops/bookingrequest/{booking.pk}/confirm/",
            {"start": THURSDAY_MORNING.isoformat()},
        )

        send_outbox()
        invitation = mail.outbox[-1]
        event = icalendar.Calendar.from_ical(invitation.attachments[0][1]).events[0]
        assert (event.start, event.end) == (THURSDAY_MORNING, paris(2027, 3, 4, 12))
        assert "jeudi 4 mars 2027, 09:00" not in client.get(BOOK).content.decode()
        refused = teacher_request(
            client, "École voisine", [THURSDAY_MORNING, paris(2027, 3, 5, 14)]
        )
        assert "vient d’être réservé par un autre groupe" in refused.content.decode()

    with time_machine.travel(paris(2027, 3, 4, 8), tick=False):
        staff_client.force_login(staff)
        sheet = staff_client.get("/admin/workshops/bookingrequest/day/").content.decode()
    today = sheet.split('id="week-title"')[0]
    assert "École Jean Macé, Roubaix" in today
    assert "<td>28</td>" in today
