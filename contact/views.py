from django.shortcuts import render
from django.utils import timezone

from contact.models import Closure, Place, SocialLink
from contact.opening import places_with_status


def contact(request):
    now = timezone.now()
    today = timezone.localdate(now)
    places = places_with_status(request, Place.objects.published().with_hours(), now)
    context = {
        "places": places,
        "structured_data": [place.structured_data(today) for place, _status in places],
        "closures": Closure.objects.upcoming(today),
        "social_links": SocialLink.objects.filter(is_published=True),
    }
    return render(request, "contact/contact.html", context)
