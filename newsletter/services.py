"""Writes with side effects for the newsletter (#17): double opt-in, never losing an address."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.models import OutgoingMail
from core.outbox import mail_queue, mails_send
from core.typography import typeset
from newsletter.models import CONFIRMATION_VALIDITY, Subscription, token_hash


def subscription_request(*, email, language, consent_text):
    """Store a sign-up with its confirmation email.

    The email waits in the outbox (core.outbox), sent after the commit, so a mail server
    that is down never loses an address: it stays "not sent" until the email goes out. A
    confirmed address gets nothing new, and the visitor is answered the same either way,
    and as fast, since neither answer waits for the mail server (#22): the form tells no one
    who is subscribed.
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
            if not subscription.counts_a_sign_up(timezone.localdate(now)):
                # The links already sent still work; the answer stays the same.
                subscription.save(update_fields=["sign_ups_on", "sign_ups_that_day"])
                return subscription
            # Pending or unsubscribed: a new sign-up, with today's wording and language.
            for name, value in fields.items():
                setattr(subscription, name, value)
            subscription.status = Subscription.Status.PENDING
            subscription.confirmation_sent_at = None
            subscription.unsubscribed_at = None
        else:
            subscription.counts_a_sign_up(timezone.localdate(now))
        subscription.save()
        subscription_confirmation_queue(subscription=subscription)
    return subscription


def subscription_confirmation_queue(*, subscription, send=True):
    """Put an email with a fresh confirmation link in the outbox, in place of any earlier one
    not sent yet, whose link the new token stops."""
    # Saved with the email: the link must work as soon as the email arrives.
    token = subscription.new_confirmation_token()
    subscription.save(update_fields=["token_hash"])
    OutgoingMail.objects.pending().about(Subscription).filter(about_id=subscription.pk).delete()
    mail_queue(_confirmation_email(subscription, token), about=subscription, send=send)


def subscription_confirmation_sent(sender, *, about_id, sent_at, **kwargs):
    """Told by the outbox (core.outbox.mail_sent): the link's week starts now."""
    Subscription.objects.filter(pk=about_id, status=Subscription.Status.PENDING).update(
        confirmation_sent_at=sent_at
    )


def pending_confirmations_send():
    """Send now the confirmations of pending addresses not sent yet, whatever their wait in
    the outbox; those it does not hold (signed up before it existed) are put in first.
    (sent, not sent) counts."""
    pending = list(Subscription.objects.not_notified())
    queued = set(
        OutgoingMail.objects.pending()
        .about(Subscription)
        .filter(about_id__in=[subscription.pk for subscription in pending])
        .values_list("about_id", flat=True)
    )
    for subscription in pending:
        if subscription.pk not in queued:
            subscription_confirmation_queue(subscription=subscription, send=False)
    return mails_send(OutgoingMail.objects.about(Subscription))


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
