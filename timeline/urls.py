from django.urls import path
from django.utils.translation import gettext_lazy as _

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("", views.history, name="history"),
    path(_("preview/<int:pk>/"), views.event_preview, name="event_preview"),
]
