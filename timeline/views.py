from django.shortcuts import render

from association.models import Page
from timeline.models import TimelineEvent


def history(request):
    context = {
        "page": Page.objects.published().filter(key=Page.Key.HISTORY).first(),
        "events": TimelineEvent.objects.published().chronological(),
    }
    return render(request, "timeline/history.html", context)
