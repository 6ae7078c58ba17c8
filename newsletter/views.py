from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core.cross_origin import cross_origin_protected
from core.ratelimit import post_allowed, render_form
from newsletter.forms import CONSENT_TEXT, SubscriptionForm
from newsletter.models import Subscription, public_id_from_unsubscribe_token, token_hash
from newsletter.services import subscription_cancel, subscription_confirm, subscription_request


# One copy of the form serves every visitor (it is in every page's footer), so it carries no
# per-visitor CSRF token: the browser's headers say whether a post comes from another site.
@csrf_exempt
@cross_origin_protected
def subscribe(request):
    status = 200
    if request.method == "POST":
        form = SubscriptionForm(request.POST)
        if form.is_from_a_robot:
            # Robots get the same answer as people, so they learn nothing from it.
            return redirect("newsletter:thanks")
        if form.is_valid():
            if post_allowed(
                request,
                "newsletter",
                settings.NEWSLETTER_RATE_LIMIT,
                settings.NEWSLETTER_RATE_WINDOW,
            ):
                subscription_request(
                    email=form.cleaned_data["email"],
                    language=get_language(),
                    consent_text=str(CONSENT_TEXT),
                )
                return redirect("newsletter:thanks")
            status = 429
    else:
        form = SubscriptionForm()
    context = {
        "form": form,
        "consent_text": CONSENT_TEXT,
    }
    return render_form(
        request,
        "newsletter/subscribe.html",
        context,
        status=status,
        window=settings.NEWSLETTER_RATE_WINDOW,
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
