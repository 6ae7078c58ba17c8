from django.urls import path
from django.utils.translation import gettext_lazy as _

from association import views
from association.models import Page

app_name = "association"

urlpatterns = [
    path(_("programmes/"), views.ProgrammeListView.as_view(), name="programme_list"),
    path(
        _("programmes/<slug:slug>/"),
        views.ProgrammeDetailView.as_view(),
        name="programme_detail",
    ),
    path(_("partners/"), views.partner_list, name="partners"),
    path(_("privacy/"), views.standalone_page, {"key": Page.Key.PRIVACY}, name="privacy"),
    path(_("legal-notice/"), views.standalone_page, {"key": Page.Key.LEGAL}, name="legal"),
    path(
        _("accessibility/"),
        views.standalone_page,
        {"key": Page.Key.ACCESSIBILITY},
        name="accessibility",
    ),
]
