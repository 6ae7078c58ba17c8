from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt

from contact.forms import ContactForm
from contact.models import upcoming_closures
from contact.opening import next_status_change, places_with_status
from contact.services import contact_message_receive
from contact.shared import published_places_with_closures, published_social_links
from core.cross_origin import cross_origin_protected
from core.freshness import content_changes_at
from core.ratelimit import contact_post_allowed, render_form


# One copy of this page serves every visitor (page cache, nginx), so its form carries no
# per-visitor CSRF token: the browser's headers say whether a post comes from another site.
@csrf_exempt
@cross_origin_protected
def contact(request):
    status = 200
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_from_a_robot:
            # Robots get the same answer as people, so they learn nothing from it.
            return redirect("contact:thanks")
        if form.is_valid():
            if contact_post_allowed(request):
                contact_message_receive(data=form.cleaned_data, language=get_language())
                return redirect("contact:thanks")
            # The form is shown again with the visitor's text, so that nothing is lost.
            status = 429
    else:
        form = ContactForm()
    now = timezone.now()
    today = timezone.localdate(now)
    places = places_with_status(published_places_with_closures(request), now)
    # No cache may serve "open now" after closing time, nor yesterday's wording.
    content_changes_at(request, next_status_change(places))
    context = {
        "places": places,
        "structured_data": [place.structured_data(today) for place, _status in places],
        "closures": upcoming_closures([place for place, _status in places], now),
        "social_links": published_social_links(request),
        "form": form,
    }
    return render_form(
        request, "contact/contact.html", context, status=status, window=settings.CONTACT_RATE_WINDOW
    )


def thanks(request):
    return render(request, "contact/thanks.html")
