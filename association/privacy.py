"""The processings the privacy notice describes (GDPR art. 13–14, #26), built from the
settings that govern them, so that the notice and what the site does cannot disagree."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Processing:
    title: str
    purpose: str
    legal_basis: str
    data: str
    period: str
    recipients: str


def _days(count):
    return ngettext("%(count)d day", "%(count)d days", count) % {"count": count}


def processings():
    reception = _(
        "the reception team in Lille, who may pass a message on to the colleague concerned"
    )
    return [
        Processing(
            title=_("Messages sent with the contact form"),
            purpose=_("Answering your message."),
            legal_basis=_(
                "Your consent, given by ticking the box under the form (GDPR art. 6-1-a)."
            ),
            data=_(
                "Your name, e-mail address, the subject and text of your message, the language "
                "you wrote in, your consent and the date. A copy is e-mailed to the team."
            ),
            period=_(
                "%(period)s after it is handled, the e-mailed copies included; kept until "
                "then while it waits for an answer."
            )
            % {"period": _days(settings.CONTACT_RETENTION_DAYS)},
            recipients=reception,
        ),
        Processing(
            title=_("Workshop booking requests"),
            purpose=_("Organising your class's visit to Centre Gaïa."),
            legal_basis=_(
                "The steps you ask for before an agreement on the visit (GDPR art. 6-1-b)."
            ),
            data=_(
                "The school and town, the teacher's name, e-mail address and telephone, the "
                "class level and size, the slots wished for, your message and the date."
            ),
            period=_(
                "%(period)s after it is received if declined, after the workshop if "
                "confirmed; kept until then while it waits for an answer."
            )
            % {"period": _days(settings.BOOKING_RETENTION_DAYS)},
            recipients=_("the Centre Gaïa team"),
        ),
        Processing(
            title=_("The newsletter"),
            purpose=_("Sending you the newsletter."),
            legal_basis=_(
                "Your consent, confirmed by the link we e-mail you; you withdraw it by "
                "unsubscribing, in one click from any letter (GDPR art. 6-1-a)."
            ),
            data=_("Your e-mail address, the language chosen, your consent and its date."),
            period=_(
                "Until you unsubscribe; an address never confirmed, or unsubscribed, is "
                "deleted after %(period)s."
            )
            % {"period": _days(settings.NEWSLETTER_UNCONFIRMED_DAYS)},
            recipients=_("the communication team"),
        ),
        Processing(
            title=_("Applications to our offers"),
            purpose=_("Recruiting for the job, internship or volunteering offered."),
            legal_basis=_(
                "The steps you ask for before a contract (GDPR art. 6-1-b). The site itself "
                "keeps no application: you send it by e-mail or on the page the offer names."
            ),
            data=_("What you send: usually a CV and a cover letter."),
            period=_(
                "Until the end of the recruitment, then %(period)s if you are not retained, "
                "unless you ask us to delete it sooner."
            )
            % {"period": _days(settings.APPLICATION_RETENTION_DAYS)},
            recipients=_("the people in charge of the recruitment"),
        ),
        Processing(
            title=_("The web server's logs"),
            purpose=_("Keeping the site secure and working, and tracing attacks."),
            legal_basis=_("Our legitimate interest in a secure site (GDPR art. 6-1-f)."),
            data=_(
                "Your IP address, the page asked for, the time and your browser's name. The "
                "forms also read the IP address, for an hour at most, to refuse floods."
            ),
            period=_days(settings.SERVER_LOG_RETENTION_DAYS),
            recipients=_("the people who run the site, and the host"),
        ),
    ]
