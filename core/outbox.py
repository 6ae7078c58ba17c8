"""Every email the site sends, to a visitor or to staff, goes through one outbox (#21).

A service keeps the email (`mail_queue`) in the transaction that stores what it is about, so
that a message, a booking or a sign-up never exists without its mail, nor a mail without
it. Once that transaction commits, a thread sends the email: the visitor's answer never
waits for the mail server, whether it is slow, down, or not needed at all (a confirmed
newsletter address is answered as fast as an unknown one, #22). An email the server
refuses stays in the outbox; `send_pending_mail`, run every minute by a timer
(deploy/lepartenariat-mail.timer), tries it again after a wait that doubles with each
failure. Nothing is lost: a mail not sent is never purged.

When an email about a record has gone out, `mail_sent` tells the record's app (a contact
message becomes "notified", a newsletter confirmation starts its week of validity).
"""

import datetime
import logging
import threading

from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import connections, transaction
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone

from core.models import OutgoingMail

logger = logging.getLogger(__name__)

# Sent once a mail about a record has gone out: `sender` is the record's model, with
# `about_id` (its primary key) and `sent_at`.
mail_sent = Signal()

FIRST_RETRY = datetime.timedelta(minutes=1)
LONGEST_WAIT = datetime.timedelta(hours=6)
# Threads that send after a commit are named so; the tests wait for them.
THREAD_NAME = "outbox"


def retry_wait(attempts):
    """The wait after the `attempts`-th failure: 1, 2, 4… minutes, at most 6 hours, so that a
    server down for a night is neither hammered nor forgotten."""
    return min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_WAIT)


def text_attachments(email):
    attachments = []
    for name, content, mimetype in email.attachments:
        if not isinstance(content, str):
            raise ValueError("The outbox keeps text attachments only (e.g. a calendar file).")
        attachments.append([name, content, mimetype])
    return attachments


def mail_queue(email, *, about=None, send=True):
    """Keep `email` (an EmailMessage) in the outbox, in the caller's transaction; it is sent
    once that transaction commits, off the request path, unless `send` is False (a command
    that sends it itself). `about` is the record it concerns."""
    mail = OutgoingMail.objects.create(
        about_type=None if about is None else ContentType.objects.get_for_model(about),
        about_id=None if about is None else about.pk,
        from_email=email.from_email,
        to=list(email.to),
        reply_to=list(email.reply_to),
        subject=str(email.subject),
        body=email.body,
        headers=dict(email.extra_headers),
        attachments=text_attachments(email),
    )
    if send:
        transaction.on_commit(lambda: send_in_background([mail.pk]))
    return mail


def send_in_background(pks):
    threading.Thread(target=send_and_close, args=(pks,), name=THREAD_NAME, daemon=True).start()


def send_and_close(pks):
    try:
        mails_send(OutgoingMail.objects.filter(pk__in=pks))
    except Exception:
        # The database itself failed: the mails stay in the outbox for the timer.
        logger.exception("Outbox: could not send mails %s", pks)
    finally:
        # This thread's own database connections, which nothing else would close.
        connections.close_all()


def as_email(mail):
    email = EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=mail.from_email,
        to=mail.to,
        reply_to=mail.reply_to,
        headers=mail.headers,
    )
    for name, content, mimetype in mail.attachments:
        email.attach(name, content, mimetype)
    return email


def mail_send(mail):
    """Send `mail` once; True when the server took it. False when it refused (the mail waits
    for its next attempt) or when another process is sending it right now."""
    now = timezone.now()
    # Claimed by moving its next attempt on: of two processes (the thread after a commit and
    # the timer, say) that read the same attempt count, only one updates the row and sends.
    claimed = (
        OutgoingMail.objects.pending()
        .filter(pk=mail.pk, attempts=mail.attempts)
        .update(attempts=F("attempts") + 1, next_attempt_at=now + retry_wait(mail.attempts + 1))
    )
    if not claimed:
        return False
    try:
        as_email(mail).send()
    except Exception as error:
        # Whatever the backend raises (refused connection, timeout, SMTP error): the mail is
        # kept, and the next attempt is already set.
        logger.exception("Outbox: mail %s not sent, tried again later.", mail.pk)
        OutgoingMail.objects.filter(pk=mail.pk).update(last_error=repr(error)[:1000])
        return False
    sent_at = timezone.now()
    OutgoingMail.objects.filter(pk=mail.pk).update(sent_at=sent_at, last_error="")
    if mail.about_type_id is not None:
        mail_sent.send(
            sender=ContentType.objects.get_for_id(mail.about_type_id).model_class(),
            about_id=mail.about_id,
            sent_at=sent_at,
        )
    return True


def mails_send(mails):
    """Send each mail of the QuerySet `mails`; (sent, not sent) counts."""
    results = [mail_send(mail) for mail in mails.pending()]
    return results.count(True), results.count(False)


def due_mails_send(now=None):
    """Send every mail whose turn has come; (sent, not sent) counts."""
    return mails_send(OutgoingMail.objects.due(now or timezone.now()))
