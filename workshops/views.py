from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language

from core.public_forms import RateLimit, public_form_response
from workshops.forms import BookingForm
from workshops.models import Workshop
from workshops.services import booking_request_receive


def workshop_list(request):
    workshops = Workshop.objects.published().in_order().select_related("place")
    return render(request, "workshops/workshop_list.html", {"workshops": workshops})


def book(request, slug):
    workshop = get_object_or_404(
        Workshop.objects.published().with_place_hours().select_related("programme"), slug=slug
    )
    # The contact form's defences (#18, #21); the page keeps Django's CSRF token, since its
    # free slots make it a page no cache keeps anyway.
    return public_form_response(
        request,
        BookingForm,
        rate_limit=RateLimit("booking", settings.BOOKING_RATE_LIMIT, settings.BOOKING_RATE_WINDOW),
        receive=lambda data: booking_request_receive(
            workshop=workshop, data=data, language=get_language()
        ),
        done=reverse("workshops:booked", kwargs={"slug": workshop.slug}),
        template="workshops/book.html",
        context=lambda: {"workshop": workshop, "object": workshop},
        form_kwargs={"workshop": workshop},
    )


def booked(request, slug):
    workshop = get_object_or_404(Workshop.objects.published(), slug=slug)
    # The switcher leads to the booking page in the other language, the closest counterpart.
    return render(request, "workshops/booked.html", {"workshop": workshop, "object": workshop})
