from django.urls import path
from django.utils.translation import gettext_lazy as _

from association import views

app_name = "association"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("programmes/"), views.ProgrammeListView.as_view(), name="programme_list"),
    path(
        _("programmes/<slug:slug>/"),
        views.ProgrammeDetailView.as_view(),
        name="programme_detail",
    ),
]
