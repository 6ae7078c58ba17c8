"""Writes with side effects on booking requests: each stores the request or the answer with
its emails, which the outbox (core.outbox) sends after the commit and retries while the mail
server is down: neither a request nor an answer, nor their emails, is ever lost (#21).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.outbox import mail_queue
from core.typography import typeset
from workshops.calendar import booking_ics
from workshops.models import BookingRequest

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class SlotTaken(ValidationError):
    """Another group holds the slot: the database refused a second confirmation."""


class AlreadyAnswered(ValidationError):
    """The request was confirmed or declined meanwhile, perhaps by a colleague."""


def bilingual(template, context, first_language):
    """The same message in every language, the teacher's own first."""
    languages = sorted(LANGUAGE_CODES, key=lambda code: code != first_language)
    parts = []
    for code in languages:
        with translation.override(code):
            parts.append(typeset(render_to_string(template, context).strip(), code))
    return "\n\n――――――――――――――――――――\n\n".join(parts)


def bilingual_subject(message, first_language):
    languages = sorted(LANGUAGE_CODES, key=lambda code: code != first_language)
    subjects = []
    for code in languages:
        with translation.override(code):
            subjects.append(str(message))
    return " / ".join(dict.fromkeys(subjects))


def reply_to(place):
    return [place.email] if place.email else settings.CONTACT_RECIPIENTS


@transaction.atomic
def booking_request_receive(*, workshop, data, language):
    """Stores a teacher's request, with its acknowledgement and the staff's notification."""
    booking = BookingRequest.objects.create(
        workshop=workshop,
        place=workshop.place,
        school=data["school"],
        town=data["town"],
        contact_name=data["contact_name"],
        email=data["email"],
        phone=data["phone"],
        class_level=data["class_level"],
        pupils=data["pupils"],
        message=data.get("message", ""),
        preferred_slots=[slot.value for slot in data["slots"]],
        language=language,
    )
    context = {"booking": booking, "slots": data["slots"]}
    mail_queue(
        EmailMessage(
            subject=bilingual_subject(gettext_lazy("Your workshop booking request"), language),
            body=bilingual("workshops/email/acknowledgement.txt", context, language),
            to=[booking.email],
            reply_to=reply_to(booking.place),
        ),
        about=booking,
    )
    with translation.override(settings.LANGUAGE_CODE):
        staff_email = EmailMessage(
            subject=_("New workshop booking request: %(school)s")
            % {"school": " ".join(booking.school.split())},
            body=typeset(
                render_to_string("workshops/email/staff_notification.txt", context),
                settings.LANGUAGE_CODE,
            ),
            # The operators' configured address, not the place's, which may be unconfirmed.
            to=settings.CONTACT_RECIPIENTS,
            reply_to=[booking.email],
        )
    mail_queue(staff_email, about=booking)
    return booking


def lock_unanswered(booking):
    """The request, locked until the transaction ends; `AlreadyAnswered` if it was answered.

    The row lock makes two clicks on one request wait for each other. Only this row: locking
    the joined workshop and place would queue every confirmation of the place behind one
    another, and the slot is already guarded by the unique constraint.
    """
    booking = (
        BookingRequest.objects.select_for_update(of=("self",))
        .select_related("workshop", "place")
        .get(pk=booking.pk)
    )
    if booking.status != BookingRequest.Status.NEW:
        raise AlreadyAnswered(_("This request has already been answered."))
    return booking


def booking_confirm(*, booking, start):
    """Gives the group one of its preferred slots and sends the teacher the calendar file.

    Raises `SlotTaken` when another group got the slot first, even at the same instant in
    another transaction, and `AlreadyAnswered` when the request was answered meanwhile.
    """
    with transaction.atomic():
        booking = lock_unanswered(booking)
        if start not in booking.preferred_starts:
            raise ValidationError(_("This slot is not one the teacher asked for."))
        booking.status = BookingRequest.Status.CONFIRMED
        booking.confirmed_start = start
        booking.confirmed_end = start + booking.workshop.duration
        booking.handled_at = timezone.now()
        try:
            with transaction.atomic():
                booking.save(
                    update_fields=["status", "confirmed_start", "confirmed_end", "handled_at"]
                )
        except IntegrityError as error:
            raise SlotTaken(
                _("Another group is already confirmed in this slot: choose another one.")
            ) from error
        email = EmailMessage(
            subject=bilingual_subject(gettext_lazy("Your workshop is confirmed"), booking.language),
            body=bilingual(
                "workshops/email/confirmation.txt", {"booking": booking}, booking.language
            ),
            to=[booking.email],
            reply_to=reply_to(booking.place),
        )
        email.attach("atelier-centre-gaia.ics", booking_ics(booking), "text/calendar")
        mail_queue(email, about=booking)
    return booking


def booking_decline(*, booking, message):
    """Declines a request with the staff's message to the teacher."""
    with transaction.atomic():
        booking = lock_unanswered(booking)
        booking.status = BookingRequest.Status.DECLINED
        booking.staff_message = message
        booking.handled_at = timezone.now()
        booking.save(update_fields=["status", "staff_message", "handled_at"])
        mail_queue(
            EmailMessage(
                subject=bilingual_subject(
                    gettext_lazy("Your workshop booking request"), booking.language
                ),
                # The staff's own words come once, above the message in both languages.
                body="\n\n".join(
                    part
                    for part in (
                        booking.staff_message.strip(),
                        bilingual(
                            "workshops/email/decline.txt", {"booking": booking}, booking.language
                        ),
                    )
                    if part
                ),
                to=[booking.email],
                reply_to=reply_to(booking.place),
            ),
            about=booking,
        )
    return booking


@dataclass
class ReceptionSheet:
    """Reception's printable sheet: the groups of one day and of its week, with their pupils."""

    today: datetime.date
    today_bookings: list
    week: list
    week_pupils: int

    @property
    def today_pupils(self):
        return sum(booking.pupils for booking in self.today_bookings)

    @property
    def monday(self):
        return self.today - datetime.timedelta(days=self.today.weekday())


def reception_sheet(*, day):
    bookings = list(BookingRequest.objects.week_of(day))
    days = {}
    for booking in bookings:
        days.setdefault(timezone.localtime(booking.confirmed_start).date(), []).append(booking)
    week = [
        {"day": date, "bookings": groups, "pupils": sum(b.pupils for b in groups)}
        for date, groups in sorted(days.items())
    ]
    return ReceptionSheet(
        today=day,
        today_bookings=days.get(day, []),
        week=week,
        week_pupils=sum(booking.pupils for booking in bookings),
    )
