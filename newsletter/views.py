from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core.cross_origin import cross_origin_protected
from core.public_forms import RateLimit, public_form_response
from newsletter.forms import CONSENT_TEXT, SubscriptionForm
from newsletter.models import Subscription, public_id_from_unsubscribe_token, token_hash
from newsletter.services import subscription_cancel, subscription_confirm, subscription_request


# One copy of the form serves every visitor (it is in every page's footer), so it carries no
# per-visitor CSRF token: the browser's headers say whether a post comes from another site.
@csrf_exempt
def subscribe(request):
    return public_form_response(
        request,
        SubscriptionForm,
        rate_limit=RateLimit(
            "newsletter", settings.NEWSLETTER_RATE_LIMIT, settings.NEWSLETTER_RATE_WINDOW
        ),
        receive=lambda data: subscription_request(
            email=data["email"], language=get_language(), consent_text=str(CONSENT_TEXT)
        ),
        done="newsletter:thanks",
        template="newsletter/subscribe.html",
        context=lambda: {"consent_text": CONSENT_TEXT},
    )


def thanks(request):
    return render(request, "newsletter/thanks.html")


def link_not_working(request):
    return render(request, "newsletter/link_not_working.html", status=404)


# The link's token is in the address: no cache may keep these pages. Opening the link only
# shows a button, so that mail scanners that follow links confirm or cancel nothing.
@never_cache
@csrf_exempt
@cross_origin_protected
def confirm(request, token):
    if request.method == "POST":
        subscription = subscription_confirm(token=token)
        if subscription is None:
            return link_not_working(request)
        return render(request, "newsletter/confirmed.html")
    pending = Subscription.objects.filter(token_hash=token_hash(token)).first()
    if pending is None or not pending.can_be_confirmed(timezone.now()):
        return link_not_working(request)
    return render(request, "newsletter/confirm.html")


@never_cache
@csrf_exempt
@cross_origin_protected
def unsubscribe(request, token):
    public_id = public_id_from_unsubscribe_token(token)
    if public_id is None:
        return link_not_working(request)
    if request.method == "POST":
        # Also the one-click POST of mail programs (RFC 8058), which sends no Origin.
        subscription_cancel(public_id=public_id)
        return render(request, "newsletter/unsubscribed.html")
    # Whether the address is still known is not shown: the button works either way.
    return render(request, "newsletter/unsubscribe.html")
