"""Writes with side effects for the contact app (issue #3)."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from contact.models import ContactMessage
from core.models import OutgoingMail
from core.outbox import mail_queue, mails_send
from core.typography import typeset

logger = logging.getLogger(__name__)


def contact_message_receive(*, data, language):
    """Store a message from the contact form with the email that tells the staff.

    The email waits in the outbox (core.outbox), sent after the commit: a mail server that
    is down or slow never loses a message nor keeps the visitor waiting; the message stays
    "not notified" until the email goes out. The same form posted twice under its token (a
    double click, a replayed post) stores one message and sends one email.
    """
    fields = {
        "name": data["name"],
        "email": data["email"],
        "subject": data["subject"],
        "message": data["message"],
        "consent": data["consent"],
        "language": language,
    }
    with transaction.atomic():
        message, created = ContactMessage.objects.get_or_create(
            token=data["token"], defaults=fields
        )
        if not created and (message.email, message.message) != (
            fields["email"],
            fields["message"],
        ):
            # Another text under the same token (a page served from a cache to two visitors)
            # is another message: it is stored with a token of its own, never dropped.
            message = ContactMessage.objects.create(**fields)
            created = True
        if created:
            contact_message_notify(message=message)
    return message


def contact_message_notify(*, message, send=True):
    """Put the email telling CONTACT_RECIPIENTS of `message` in the outbox; False (logged)
    when there is nobody to tell."""
    if not settings.CONTACT_RECIPIENTS:
        logger.warning("Contact message %s kept but not notified: no recipients.", message.pk)
        return False
    mail_queue(_notification(message), about=message, send=send)
    return True


def contact_message_notified(sender, *, about_id, sent_at, **kwargs):
    """Told by the outbox (core.outbox.mail_sent) once a notification has gone out."""
    ContactMessage.objects.filter(pk=about_id).update(is_notified=True, notified_at=sent_at)


def pending_notifications_send(*, messages):
    """Send now the notifications of `messages` not notified yet, whatever their wait in the
    outbox; those it does not hold (received before it existed, or while nobody was to be
    told) are put in first. (sent, not sent) counts."""
    messages = list(messages.not_notified())
    queued = set(
        OutgoingMail.objects.pending()
        .about(ContactMessage)
        .filter(about_id__in=[message.pk for message in messages])
        .values_list("about_id", flat=True)
    )
    not_queued = [
        message
        for message in messages
        if message.pk not in queued and not contact_message_notify(message=message, send=False)
    ]
    sent, failed = mails_send(
        OutgoingMail.objects.about(ContactMessage).filter(
            about_id__in=[message.pk for message in messages]
        )
    )
    return sent, failed + len(not_queued)


def _notification(message):
    # Reception reads French, whatever language the visitor wrote in.
    with translation.override(settings.LANGUAGE_CODE):
        # The name is validated as one line; flattening again keeps any other caller safe.
        name = " ".join(message.name.split())
        subject = gettext("[Website] %(subject)s – %(name)s") % {
            "subject": message.get_subject_display(),
            "name": name,
        }
        body = gettext(
            "From: %(name)s <%(email)s>\n"
            "Subject: %(subject)s\n"
            "Written in: %(language)s\n"
            "Received: %(received)s\n"
            "\n"
            "%(message)s\n"
            "\n"
            "--\n"
            "Answer by replying to this email. Mark the message handled in the admin:\n"
            "%(admin_url)s\n"
        ) % {
            "name": name,
            "email": message.email,
            "subject": message.get_subject_display(),
            "language": message.get_language_display(),
            "received": timezone.localtime(message.created_at).strftime("%d/%m/%Y %H:%M"),
            # Set aside: the visitor's own words are copied as written (#26).
            "message": "%(message)s",
            "admin_url": settings.SITE_URL
            + reverse("admin:contact_contactmessage_change", args=[message.pk]),
        }
        head, _slot, tail = typeset(body, settings.LANGUAGE_CODE).rpartition("%(message)s")
    return EmailMessage(
        subject=typeset(subject, settings.LANGUAGE_CODE),
        body=f"{head}{message.message}{tail}",
        to=settings.CONTACT_RECIPIENTS,
        reply_to=[message.email],
    )
