from django.urls import path
from django.utils.translation import gettext_lazy as _

from workshops import views

app_name = "workshops"

urlpatterns = [
    path("", views.workshop_list, name="list"),
    path(_("<slug:slug>/book/"), views.book, name="book"),
    path(_("<slug:slug>/book/thanks/"), views.booked, name="booked"),
]
