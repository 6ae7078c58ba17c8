from django.urls import path
from django.utils.translation import gettext_lazy as _

from contact import views

app_name = "contact"

urlpatterns = [
    path("", views.contact, name="contact"),
    path(_("thank-you/"), views.thanks, name="thanks"),
]
