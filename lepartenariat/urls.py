from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from lepartenariat import admin_guide, admin_views, staff_2fa, views
from lepartenariat.sitemaps import SITEMAPS

urlpatterns = [
    # Before the admin's own catch-all; admin_view asks for a staff login like any admin page.
    path(
        f"{settings.ADMIN_PATH}to-confirm/",
        admin.site.admin_view(admin_views.to_confirm),
        name="admin_to_confirm",
    ),
    path(
        f"{settings.ADMIN_PATH}launch/",
        admin.site.admin_view(admin_views.launch_checklist),
        name="admin_launch_checklist",
    ),
    path(
        f"{settings.ADMIN_PATH}guide/",
        admin.site.admin_view(admin_guide.guide_index),
        name="admin_guide",
    ),
    path(
        f"{settings.ADMIN_PATH}guide/<slug:slug>/",
        admin.site.admin_view(admin_guide.guide_page),
        name="admin_guide_page",
    ),
    # The admin's login asks for the second factor; the keys pages live beside it (#18).
    path(f"{settings.ADMIN_PATH}login/", staff_2fa.LoginView.as_view(), name="staff_login"),
    path(f"{settings.ADMIN_PATH}keys/", include((staff_2fa.urlpatterns, "mfa"))),
    path(settings.ADMIN_PATH, admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("association.urls")),
    path(_("history/"), include("timeline.urls")),
    path(_("contact/"), include("contact.urls")),
    path(_("search/"), include("search.urls")),
    path(_("workshops/"), include("workshops.urls")),
    path(_("support-us/"), include("support.urls")),
    path(_("opportunities/"), include("offers.urls")),
    path(_("newsletter/"), include("newsletter.urls")),
    path(_("documents/"), include("documents.urls")),
    path(_("news/"), include("news.urls")),
    path(_("events/"), include("events.urls")),
    # Staff's pages nest under any address the sections above leave free: last (#23).
    path("", include("pages.urls")),
)

# Uploaded images on a developer's machine (#4); in production the web server or the
# bucket serves them (docs/deployment.md, "Images").
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
