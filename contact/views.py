from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt

from contact.forms import ContactForm
from contact.models import upcoming_closures
from contact.opening import places_with_status
from contact.services import contact_message_receive
from contact.shared import published_places_with_closures, published_social_links
from core.public_forms import RateLimit, public_form_response


# One copy of this page serves every visitor (page cache, nginx), so its form carries no
# per-visitor CSRF token: the browser's headers say whether a post comes from another site.
@csrf_exempt
def contact(request):
    def page_context():
        now = timezone.now()
        today = timezone.localdate(now)
        places = places_with_status(published_places_with_closures(request), now)
        return {
            "places": places,
            "structured_data": [place.structured_data(today) for place, _status in places],
            "closures": upcoming_closures([place for place, _status in places], now),
            "social_links": published_social_links(request),
        }

    return public_form_response(
        request,
        ContactForm,
        rate_limit=RateLimit("contact", settings.CONTACT_RATE_LIMIT, settings.CONTACT_RATE_WINDOW),
        receive=lambda data: contact_message_receive(data=data, language=get_language()),
        done="contact:thanks",
        template="contact/contact.html",
        context=page_context,
    )


def thanks(request):
    return render(request, "contact/thanks.html")
