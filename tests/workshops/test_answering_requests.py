import datetime

import icalendar
import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError

from core.models import OutgoingMail
from tests.factories import BookingRequestFactory
from tests.outbox import send_outbox
from tests.workshops.conftest import confirmed_at, fresh, paris
from workshops.models import BookingRequest
from workshops.services import AlreadyAnswered, SlotTaken, booking_confirm, booking_decline
from workshops.slots import free_slots

pytestmark = pytest.mark.django_db

NOW = paris(2027, 3, 1, 10, 0)
THURSDAY_MORNING = paris(2027, 3, 4, 9, 0)
FRIDAY_MORNING = paris(2027, 3, 5, 9, 0)


@pytest.fixture(autouse=True)
def monday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def booking(workshop):
    return BookingRequestFactory(
        workshop=workshop,
        preferred_slots=[THURSDAY_MORNING.isoformat(), FRIDAY_MORNING.isoformat()],
        language="en",
    )


def change_url(booking):
    return f"/admin/workshops/bookingrequest/{booking.pk}/change/"


def test_staff_confirm_a_slot_in_two_clicks_and_the_teacher_gets_the_calendar_file(
    staff_client, booking
):
    page = staff_client.get(change_url(booking)).content.decode()
    assert "Confirmer le jeudi 4 mars 2027, 09:00" in page

    response = staff_client.post(
        f"/admin/workshops/bookingrequest/{booking.pk}/confirm/",
        {"start": THURSDAY_MORNING.isoformat()},
        follow=True,
    )

    assert "Confirmé\u00a0: École Jules Ferry" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.CONFIRMED
    assert booking.confirmed_start == THURSDAY_MORNING
    assert booking.confirmed_end == paris(2027, 3, 4, 12, 0)
    send_outbox()
    (email,) = mail.outbox
    assert email.to == ["claire.martin@example.org"]
    assert email.subject == "Your workshop is confirmed / Votre atelier est confirmé"
    assert "Thursday 4 March 2027, 09:00–12:00" in email.body
    assert "4 mars 2027, 9\u00a0h\u00a0– 12\u00a0h" in email.body


def test_the_calendar_file_holds_start_end_paris_time_zone_and_place(booking):
    booking_confirm(booking=booking, start=THURSDAY_MORNING)

    send_outbox()
    (email,) = mail.outbox
    (name, content, mimetype) = email.attachments[0]
    assert name.endswith(".ics")
    assert mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(content)
    (event,) = calendar.events
    assert event.start == THURSDAY_MORNING
    assert event.end == paris(2027, 3, 4, 12, 0)
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event["DTEND"].params["TZID"] == "Europe/Paris"
    assert str(event.start.tzinfo) == "Europe/Paris"
    assert str(event["LOCATION"]) == f"{booking.place.name}, 71 rue Victor-Renard, 59000 Lille"
    assert "Europe/Paris" in [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]


def test_a_calendar_file_after_the_change_of_time_keeps_the_lille_hour(workshop):
    after_change = paris(2027, 3, 30, 9, 0)
    booking = BookingRequestFactory(workshop=workshop, preferred_slots=[after_change.isoformat()])

    booking_confirm(booking=booking, start=after_change)

    send_outbox()
    content = mail.outbox[0].attachments[0][1]
    event = icalendar.Calendar.from_ical(content).events[0]
    assert event.start.hour == 9
    assert event.start.utcoffset() == datetime.timedelta(hours=2)
    assert "DTSTART;TZID=Europe/Paris:20270330T090000" in content


def test_a_confirmed_slot_is_no_longer_offered(booking):
    booking_confirm(booking=booking, start=THURSDAY_MORNING)

    starts = [slot.start for slot in free_slots(fresh(booking.workshop), now=NOW, weeks=1)]

    assert THURSDAY_MORNING not in starts
    assert FRIDAY_MORNING in starts


def test_a_second_group_cannot_be_confirmed_in_the_same_slot(staff_client, booking):
    confirmed_at(booking.workshop, THURSDAY_MORNING, school="Collège Voisin")

    with pytest.raises(SlotTaken):
        booking_confirm(booking=booking, start=THURSDAY_MORNING)

    response = staff_client.post(
        f"/admin/workshops/bookingrequest/{booking.pk}/confirm/",
        {"start": THURSDAY_MORNING.isoformat()},
        follow=True,
    )
    assert "Un autre groupe est déjà confirmé sur ce créneau" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.NEW
    send_outbox()
    assert mail.outbox == []


def test_the_change_page_shows_a_taken_slot_as_taken(staff_client, booking):
    confirmed_at(booking.workshop, THURSDAY_MORNING, school="Collège Voisin")

    page = staff_client.get(change_url(booking)).content.decode()

    assert "(déjà pris par un autre groupe)" in page
    assert f'value="{FRIDAY_MORNING.isoformat()}"' in page


def test_the_database_itself_refuses_two_confirmed_groups_in_one_slot(workshop):
    from django.db import IntegrityError, transaction

    confirmed_at(workshop, THURSDAY_MORNING)
    with pytest.raises(IntegrityError), transaction.atomic():
        confirmed_at(workshop, THURSDAY_MORNING)


def test_only_a_slot_the_teacher_asked_for_can_be_confirmed(booking):
    with pytest.raises(ValidationError, match="ne fait pas partie de ceux demandés"):
        booking_confirm(booking=booking, start=paris(2027, 3, 4, 14, 0))

    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.NEW


def test_an_answered_request_cannot_be_answered_again(booking):
    booking_confirm(booking=booking, start=THURSDAY_MORNING)

    with pytest.raises(AlreadyAnswered):
        booking_confirm(booking=booking, start=FRIDAY_MORNING)
    with pytest.raises(AlreadyAnswered):
        booking_decline(booking=booking, message="Non")
    booking.refresh_from_db()
    assert booking.confirmed_start == THURSDAY_MORNING


def test_staff_decline_with_a_message_the_teacher_receives(staff_client, booking):
    response = staff_client.post(
        f"/admin/workshops/bookingrequest/{booking.pk}/decline/",
        {"message": "Nous sommes complets en mars ; avril est possible."},
        follow=True,
    )

    assert "Refusé\u00a0: École Jules Ferry" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.DECLINED
    assert booking.staff_message == "Nous sommes complets en mars ; avril est possible."
    send_outbox()
    (email,) = mail.outbox
    assert email.body.startswith("Nous sommes complets en mars ; avril est possible.")
    assert "we cannot welcome your class" in email.body
    assert "nous ne pouvons pas accueillir votre classe" in email.body


def test_declining_without_a_message_is_refused(staff_client, booking):
    response = staff_client.post(
        f"/admin/workshops/bookingrequest/{booking.pk}/decline/", {"message": ""}, follow=True
    )

    assert "Écrivez un message à l’enseignant." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.NEW


def test_a_confirmation_is_kept_when_the_mail_server_is_down_and_its_email_sent_later(
    booking, smtp_server
):
    smtp_server.stop()

    booking_confirm(booking=booking, start=THURSDAY_MORNING)
    send_outbox()

    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.CONFIRMED
    [waiting] = OutgoingMail.objects.pending()
    assert waiting.attempts == 1
    assert waiting.attachments[0][:1] == ["atelier-centre-gaia.ics"]

    smtp_server.start()
    with time_machine.travel(NOW + datetime.timedelta(minutes=1), tick=False):
        send_outbox()

    [(recipients, email)] = smtp_server.messages
    assert recipients == [booking.email]
    assert [part.get_filename() for part in email.iter_attachments()] == ["atelier-centre-gaia.ics"]
    assert OutgoingMail.objects.pending().count() == 0


def test_staff_cannot_add_requests_nor_edit_what_the_teacher_sent(staff_client, booking):
    assert staff_client.get("/admin/workshops/bookingrequest/add/").status_code == 403
    staff_client.post(change_url(booking), {"school": "Autre", "pupils": 3})

    booking.refresh_from_db()
    assert (booking.school, booking.pupils) == ("École Jules Ferry", 28)


def test_answering_needs_a_post(staff_client, booking):
    response = staff_client.get(
        f"/admin/workshops/bookingrequest/{booking.pk}/confirm/?start={THURSDAY_MORNING.isoformat()}"
    )

    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == BookingRequest.Status.NEW


def test_an_answered_request_shows_its_slot_and_no_more_buttons(staff_client, booking):
    booking_confirm(booking=booking, start=THURSDAY_MORNING)

    page = staff_client.get(change_url(booking)).content.decode()
    listing = staff_client.get("/admin/workshops/bookingrequest/").content.decode()

    assert "Confirmée" in page
    assert "4 mars 2027, 09:00–12:00" in page.replace("Jeu", "jeu")
    assert "Répondre à l’enseignant" not in page
    assert "École Jules Ferry" in listing and "Confirmée" in listing
