from django.urls import path
from django.utils.translation import gettext_lazy as _

from newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path(_("thank-you/"), views.thanks, name="thanks"),
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
