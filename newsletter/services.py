"""Writes with side effects for the newsletter (#17): double opt-in, never losing an address."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.typography import typeset
from newsletter.models import CONFIRMATION_VALIDITY, Subscription, token_hash

logger = logging.getLogger(__name__)


def subscription_request(*, email, language, consent_text):
    """Store a sign-up, then try to send the confirmation email.

    The row is committed before any mail is attempted, so a mail server that is down never
    loses an address: it stays "not sent" until `send_pending_confirmations` sends it. A
    confirmed address gets nothing new, and the visitor is answered the same either way, so
    that the form tells no one who is subscribed.
    """
    now = timezone.now()
    fields = {"language": language, "consent_text": consent_text, "consented_at": now}
    with transaction.atomic():
        subscription, created = Subscription.objects.select_for_update().get_or_create(
            email=email.strip().lower(), defaults=fields
        )
        if not created:
            if subscription.status == Subscription.Status.CONFIRMED:
                return subscription
            # Pending or unsubscribed: a new sign-up, with today's wording and language.
            for name, value in fields.items():
                setattr(subscription, name, value)
            subscription.status = Subscription.Status.PENDING
            subscription.confirmation_sent_at = None
            subscription.unsubscribed_at = None
            subscription.save()
    subscription_confirmation_send(subscription=subscription)
    return subscription


def subscription_confirmation_send(*, subscription):
    """Email a fresh confirmation link; True when sent, False (logged) when not."""
    # Saved before sending: the link must work as soon as the email arrives.
    token = subscription.new_confirmation_token()
    subscription.save(update_fields=["token_hash"])
    try:
        _confirmation_email(subscription, token).send()
    except Exception:
        # Whatever the mail backend raises, the address is already stored.
        logger.exception("Subscription %s kept but not confirmed: mail failed.", subscription.pk)
        return False
    subscription.confirmation_sent_at = timezone.now()
    subscription.save(update_fields=["confirmation_sent_at"])
    return True


def subscription_confirm(*, token):
    """Subscribe the address the link was sent to; None when the link is unknown, used or
    expired. The token works once: its hash is cleared."""
    now = timezone.now()
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update().filter(token_hash=token_hash(token)).first()
        )
        if subscription is None or not subscription.can_be_confirmed(now):
            return None
        subscription.status = Subscription.Status.CONFIRMED
        subscription.confirmed_at = now
        subscription.token_hash = ""
        subscription.save(update_fields=["status", "confirmed_at", "token_hash"])
    return subscription


def subscription_cancel(*, public_id):
    """Unsubscribe, whatever the status; a second click changes nothing."""
    Subscription.objects.filter(public_id=public_id).exclude(
        status=Subscription.Status.UNSUBSCRIBED
    ).update(status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now(), token_hash="")


def absolute_url(name, language, **kwargs):
    with translation.override(language):
        return settings.SITE_URL + reverse(name, kwargs=kwargs)


def unsubscribe_url(subscription):
    return absolute_url(
        "newsletter:unsubscribe", subscription.language, token=subscription.unsubscribe_token
    )


def _confirmation_email(subscription, token):
    with translation.override(subscription.language):
        unsubscribe = unsubscribe_url(subscription)
        body = gettext(
            "Hello,\n"
            "\n"
            "Someone, probably you, asked to receive the newsletter of Le Partenariat at this "
            "address. To confirm, open this link within %(days)d days:\n"
            "%(confirm_url)s\n"
            "\n"
            "If you did not ask for it, ignore this email: without your confirmation, the "
            "address is deleted after %(keep_days)d days and you will get nothing more.\n"
            "\n"
            "To unsubscribe at any time: %(unsubscribe_url)s\n"
            "\n"
            "Le Partenariat\n"
        ) % {
            "days": CONFIRMATION_VALIDITY.days,
            "confirm_url": absolute_url("newsletter:confirm", subscription.language, token=token),
            "keep_days": settings.NEWSLETTER_UNCONFIRMED_DAYS,
            "unsubscribe_url": unsubscribe,
        }
        subject = gettext("Confirm your subscription to the newsletter of Le Partenariat")
    return EmailMessage(
        subject=typeset(subject, subscription.language),
        body=typeset(body, subscription.language),
        to=[subscription.email],
        headers={
            # One-click unsubscription for mail programs (RFC 8058, RFC 2369).
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
