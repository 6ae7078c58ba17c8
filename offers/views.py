from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from core.views import PublishedDetailView
from offers.models import Offer


def offer_list(request):
    now = timezone.now()
    offers = Offer.objects.published(now).in_order()
    return render(request, "offers/offer_list.html", {"offers": offers})


class OfferDetailView(PublishedDetailView):
    """An open offer; once closed, the same address says so with a 410 ("gone"), so that
    whoever kept the link learns it is filled and search engines drop it."""

    model = Offer
    context_object_name = "offer"

    def get_queryset(self):
        return Offer.objects.announced()

    def is_live(self, obj):
        # Closed is not unpublished: the public sees the closed notice, not a preview.
        return obj.is_published

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        offer = self.object
        is_open = offer.is_open(timezone.now())
        home_url = self.request.build_absolute_uri(reverse("home"))
        context["is_closed"] = not is_open
        context["structured_data"] = offer.structured_data(home_url) if is_open else None
        return context

    def render_to_response(self, context, **response_kwargs):
        if context["is_closed"]:
            response_kwargs["status"] = 410
        return super().render_to_response(context, **response_kwargs)
