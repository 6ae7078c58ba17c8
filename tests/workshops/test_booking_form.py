import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from core.models import OutgoingMail
from tests.outbox import send_outbox
from tests.workshops.conftest import confirmed_at, paris
from workshops.models import BookingRequest, Level

pytestmark = pytest.mark.django_db

# Monday 1 March 2027, at school: the next Thursday morning is 4 March.
NOW = paris(2027, 3, 1, 10, 0)
THURSDAY_MORNING = paris(2027, 3, 4, 9, 0)
THURSDAY_AFTERNOON = paris(2027, 3, 4, 14, 0)
FRIDAY_MORNING = paris(2027, 3, 5, 9, 0)

BOOK_FR = "/fr/ateliers/immersion-saint-louis/reserver/"
BOOK_EN = "/en/workshops/saint-louis-immersion/book/"


@pytest.fixture(autouse=True)
def monday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


def request_data(**overrides):
    data = {
        "school": "École Jules Ferry",
        "town": "Roubaix",
        "contact_name": "Claire Martin",
        "email": "claire.martin@example.org",
        "phone": "+33 3 20 00 00 00",
        "class_level": Level.CM2.value,
        "pupils": 28,
        "slots": [THURSDAY_MORNING.isoformat(), FRIDAY_MORNING.isoformat()],
        "message": "",
    }
    data.update(overrides)
    return data


def test_a_teacher_books_a_thursday_morning_for_28_cm2_pupils(client, workshop):
    page = client.get(BOOK_FR)
    assert "jeudi 4 mars 2027, 9\u00a0h\u00a0– 12\u00a0h" in page.content.decode()

    response = client.post(BOOK_FR, request_data())

    assert response.status_code == 302
    assert response["Location"] == "/fr/ateliers/immersion-saint-louis/reserver/merci/"
    booking = BookingRequest.objects.get()
    assert (booking.school, booking.town, booking.pupils, booking.class_level) == (
        "École Jules Ferry",
        "Roubaix",
        28,
        Level.CM2,
    )
    assert booking.status == BookingRequest.Status.NEW
    assert booking.preferred_starts == [THURSDAY_MORNING, FRIDAY_MORNING]
    assert booking.place == workshop.place
    assert booking.language == "fr"
    assert 'href="/fr/confidentialite/"' in page.content.decode()
    thanks = client.get(response["Location"])
    assert "Demande reçue" in thanks.content.decode()


def test_the_acknowledgement_is_in_both_languages_the_teachers_first(client, workshop, settings):
    settings.CONTACT_RECIPIENTS = ["accueil@example.org"]

    client.post(BOOK_EN, request_data())

    send_outbox()
    acknowledgement, staff = mail.outbox
    assert acknowledgement.to == ["claire.martin@example.org"]
    assert acknowledgement.subject == (
        "Your workshop booking request / Votre demande de réservation d’atelier"
    )
    body = acknowledgement.body
    assert body.index("Hello Claire Martin,") < body.index("Bonjour Claire Martin,")
    assert "Thursday 4 March 2027, 09:00–12:00" in body
    assert "jeudi 4 mars 2027, 9\u00a0h\u00a0– 12\u00a0h" in body
    assert "28 pupils" in body and "28 élèves" in body
    assert acknowledgement.reply_to == ["centre.gaia@example.org"]
    assert staff.to == ["accueil@example.org"]
    assert staff.subject == "Nouvelle demande de réservation d’atelier\u00a0: École Jules Ferry"
    assert staff.reply_to == ["claire.martin@example.org"]


def test_the_english_page_speaks_english(client, workshop):
    body = client.get(BOOK_EN).content.decode()

    assert "Book for your class" in body
    assert "Thursday 4 March 2027, 09:00–12:00" in body
    assert "Week of 1 March 2027" in body


def test_more_pupils_than_the_workshop_holds_are_refused(client, workshop):
    response = client.post(BOOK_FR, request_data(pupils=31))

    assert response.status_code == 200
    assert "Cet atelier accueille au plus 30 élèves à la fois." in response.content.decode()
    assert not BookingRequest.objects.exists()
    send_outbox()
    assert mail.outbox == []


def test_a_class_level_outside_the_workshop_audience_is_refused(client, workshop):
    response = client.post(BOOK_FR, request_data(class_level=Level.CP.value))

    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not BookingRequest.objects.exists()


def test_a_slot_in_the_past_is_refused_with_its_date(client, workshop):
    past = paris(2027, 2, 25, 9, 0)

    response = client.post(
        BOOK_FR, request_data(slots=[past.isoformat(), FRIDAY_MORNING.isoformat()])
    )

    assert response.status_code == 200
    assert (
        "Le créneau du jeudi 25 février 2027, 9\u00a0h\u00a0– 12\u00a0h est passé"
        in response.content.decode()
    )
    assert not BookingRequest.objects.exists()


@pytest.mark.parametrize(
    "value",
    [
        paris(2027, 3, 7, 9, 0).isoformat(),  # a Sunday
        paris(2027, 3, 4, 10, 0).isoformat(),  # not when an interval opens
        "next thursday",
        "2027-03-04T09:00",  # no offset: ambiguous
    ],
)
def test_a_slot_that_is_not_offered_is_refused(client, workshop, value):
    response = client.post(BOOK_FR, request_data(slots=[value, FRIDAY_MORNING.isoformat()]))

    assert response.status_code == 200
    body = response.content.decode()
    assert "merci de choisir parmi ceux de la liste" in body
    assert not BookingRequest.objects.exists()


def test_a_slot_taken_meanwhile_is_refused_and_the_other_ticks_are_kept(client, workshop):
    client.get(BOOK_FR)
    confirmed_at(workshop, THURSDAY_MORNING, school="Collège Voisin")

    response = client.post(BOOK_FR, request_data())

    body = response.content.decode()
    assert "vient d’être réservé par un autre groupe" in body.replace("'", "’")
    assert f'value="{FRIDAY_MORNING.isoformat(timespec="minutes")}" checked' in body
    assert f'value="{THURSDAY_MORNING.isoformat(timespec="minutes")}"' not in body
    assert BookingRequest.objects.count() == 1


@pytest.mark.parametrize(
    ("slots", "error"),
    [
        ([THURSDAY_MORNING], "Cochez au moins 2 créneaux."),
        (
            [THURSDAY_MORNING, THURSDAY_AFTERNOON, FRIDAY_MORNING, paris(2027, 3, 5, 14)],
            "Cochez au plus 3 créneaux.",
        ),
    ],
)
def test_two_or_three_preferred_slots_are_asked_for(client, workshop, slots, error):
    response = client.post(BOOK_FR, request_data(slots=[s.isoformat() for s in slots]))

    assert error in response.content.decode()
    assert not BookingRequest.objects.exists()


def test_missing_fields_are_named_and_what_was_typed_is_kept(client, workshop):
    response = client.post(BOOK_FR, request_data(email="", school="Lycée Baggio"))

    body = response.content.decode()
    assert "Merci de corriger les champs signalés ci-dessous." in body
    assert "Ce champ est obligatoire." in body
    assert 'value="Lycée Baggio"' in body


def test_the_request_is_kept_when_the_mail_server_is_down_and_its_emails_sent_later(
    client, workshop, smtp_server
):
    smtp_server.stop()
    start = timezone.now()

    with time_machine.travel(start, tick=False):
        response = client.post(BOOK_FR, request_data())
        send_outbox()

    assert response.status_code == 302
    assert BookingRequest.objects.get().school == "École Jules Ferry"
    assert [(mail.attempts, mail.sent_at) for mail in OutgoingMail.objects.all()] == [
        (1, None),
        (1, None),
    ]

    smtp_server.start()
    with time_machine.travel(start + datetime.timedelta(minutes=1), tick=False):
        send_outbox()

    assert sorted(recipients for recipients, _email in smtp_server.messages) == [
        ["claire.martin@example.org"],
        ["contact@lepartenariat.org"],
    ]
    assert OutgoingMail.objects.pending().count() == 0


def test_markup_in_a_request_is_shown_as_text(client, workshop):
    client.post(BOOK_FR, request_data(school="<b>École</b>\r\nBcc: x@example.org"))

    booking = BookingRequest.objects.get()
    assert booking.school == "<b>École</b>\r\nBcc: x@example.org"
    send_outbox()
    staff = mail.outbox[1]
    assert "\n" not in staff.subject
    assert staff.subject.endswith("<b>École</b> Bcc: x@example.org")


def test_an_unpublished_workshop_cannot_be_booked(client, workshop):
    workshop.is_published = False
    workshop.save()

    assert client.get(BOOK_FR).status_code == 404
    assert client.post(BOOK_FR, request_data()).status_code == 404


def test_a_workshop_with_no_free_slot_says_to_call(client, workshop):
    workshop.duration_minutes = 600
    workshop.save()

    body = client.get(BOOK_FR).content.decode()

    assert "Aucun créneau n’est libre" in body
    assert "<form" not in body.split("booking-title")[1]
