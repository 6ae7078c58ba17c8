from django.shortcuts import render

from contact.models import Place, SocialLink


def contact(request):
    context = {
        "places": Place.objects.published().with_hours(),
        "social_links": SocialLink.objects.filter(is_published=True),
    }
    return render(request, "contact/contact.html", context)
