from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language

from core.ratelimit import post_allowed, render_form
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
    form = BookingForm(request.POST or None, workshop=workshop)
    status = 200
    if request.method == "POST" and form.is_valid():
        # The contact form's defence (#18): past the limit, the form comes back filled in.
        if post_allowed(
            request, "booking", settings.BOOKING_RATE_LIMIT, settings.BOOKING_RATE_WINDOW
        ):
            booking_request_receive(
                workshop=workshop, data=form.cleaned_data, language=get_language()
            )
            return redirect("workshops:booked", slug=workshop.slug)
        status = 429
    context = {
        "workshop": workshop,
        "object": workshop,
        "form": form,
    }
    return render_form(
        request, "workshops/book.html", context, status=status, window=settings.BOOKING_RATE_WINDOW
    )


def booked(request, slug):
    workshop = get_object_or_404(Workshop.objects.published(), slug=slug)
    # The switcher leads to the booking page in the other language, the closest counterpart.
    return render(request, "workshops/booked.html", {"workshop": workshop, "object": workshop})
