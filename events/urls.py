from django.urls import path
from django.utils.translation import gettext_lazy as _

from events import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path(_("calendar.ics"), views.calendar_feed, name="calendar"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
    path("<slug:slug>/ics/", views.EventIcsView.as_view(), name="ics"),
]
