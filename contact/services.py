"""Writes with side effects for the contact app (issue #3)."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from contact.models import ContactMessage
from core.typography import typeset

logger = logging.getLogger(__name__)


def contact_message_receive(*, data, language):
    """Store a message from the contact form, then try to tell the staff by email.

    The row is committed before any mail is attempted, so a mail server that is down or
    slow never loses a message: it stays "not notified" until `send_pending_notifications`
    sends it. The same form posted twice under its token (a double click, a replayed post)
    stores one message and sends one email.
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
    if not created and (message.email, message.message) != (fields["email"], fields["message"]):
        # Another text under the same token (a page served from a cache to two visitors)
        # is another message: it is stored with a token of its own, never dropped.
        message = ContactMessage.objects.create(**fields)
        created = True
    if created:
        contact_message_notify(message=message)
    return message


def contact_message_notify(*, message):
    """Email `message` to CONTACT_RECIPIENTS; True when sent, False (logged) when not."""
    if not settings.CONTACT_RECIPIENTS:
        logger.warning("Contact message %s kept but not notified: no recipients.", message.pk)
        return False
    try:
        _notification(message).send()
    except Exception:
        # Whatever the mail backend raises (refused connection, timeout, SMTP error), the
        # message is already stored: the visitor must still get their thank-you.
        logger.exception("Contact message %s kept but not notified: mail failed.", message.pk)
        return False
    message.is_notified = True
    message.notified_at = timezone.now()
    message.save(update_fields=["is_notified", "notified_at"])
    return True


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
