from django.shortcuts import get_object_or_404, render
from django.views.generic import ListView

from association.models import Page, Programme
from core.freshness import publication_changes_at
from core.views import PublishedDetailView


class ProgrammeListView(ListView):
    context_object_name = "programmes"

    def get_queryset(self):
        publication_changes_at(self.request, Programme)
        return Programme.objects.published().top_level().in_order().with_children()


class ProgrammeDetailView(PublishedDetailView):
    model = Programme
    context_object_name = "programme"

    def get_queryset(self):
        return super().get_queryset().with_details()

    def get_preview_queryset(self):
        return Programme.objects.with_details()


def standalone_page(request, key):
    page = get_object_or_404(Page.objects.published(), key=key)
    return render(request, "association/page_detail.html", {"page": page, "object": page})
