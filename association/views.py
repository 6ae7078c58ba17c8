from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.generic import ListView

from association import privacy
from association.models import LegalNotice, Page, Partner, Programme
from core.views import PublishedDetailView


class ProgrammeListView(ListView):
    context_object_name = "programmes"

    def get_queryset(self):
        return Programme.objects.published().top_level().in_order().with_children()


class ProgrammeDetailView(PublishedDetailView):
    model = Programme
    context_object_name = "programme"

    def get_queryset(self):
        return super().get_queryset().with_details()

    def get_preview_queryset(self):
        return Programme.objects.with_details()

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        current, past = self.object.fundings_on(today)
        return super().get_context_data(current_fundings=current, past_fundings=past, **kwargs)


def partner_list(request):
    """The partners, grouped by role, each with its logo, full name and link (#16)."""
    partners = Partner.objects.in_order()
    return render(request, "association/partner_list.html", {"groups": Partner.by_role(partners)})


def standalone_page(request, key):
    page = get_object_or_404(Page.objects.published(), key=key)
    context = {"page": page, "object": page}
    if key == Page.Key.LEGAL:
        context["legal_notice"] = LegalNotice.objects.order_by("pk").first()
    elif key == Page.Key.PRIVACY:
        context["privacy"] = {
            "notice": LegalNotice.objects.order_by("pk").first(),
            "processings": privacy.processings(),
        }
    return render(request, "association/page_detail.html", context)
