"""A second factor for every staff account (#18), through django-mfa3.

django-mfa3 does the cryptography's glue (pyotp for TOTP, python-fido2 for passkeys) and
keeps the keys (`mfa.MFAKey`: TOTP apps, passkeys, single-use recovery codes). This module
fits it to the admin:

- the admin's login is mfa's LoginView, which asks for the second factor of an account that
  has one;
- with DJANGO_STAFF_2FA=required (the default), a staff member without a key is sent to the
  enrolment page before any admin page, right after logging in with the password;
- with DJANGO_STAFF_2FA=off, the password alone opens the admin (a developer's machine);
- django-axes counts a wrong second-factor code as a failed login (mfa sends
  `user_login_failed`), and a locked-out address cannot pass the second step either.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import path, reverse
from mfa import views as mfa_views
from mfa.decorators import public

REQUIRED = "required"
OFF = "off"


def is_required():
    return settings.STAFF_2FA == REQUIRED


class AdminLookMixin:
    """The admin's frame (header, language, CSS) around django-mfa3's pages."""

    def get_context_data(self, **kwargs):
        return {**admin.site.each_context(self.request), **super().get_context_data(**kwargs)}


class LoginView(AdminLookMixin, mfa_views.LoginView):
    template_name = "admin/login.html"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "title": admin.site.site_title,
            "site_header": admin.site.site_header,
        }

    def get_default_redirect_url(self):
        return reverse("admin:index")

    def form_valid(self, form):
        if not is_required():
            return self.no_key_exists(form)
        return super().form_valid(form)


class KeyListView(AdminLookMixin, mfa_views.MFAListView):
    pass


class KeyCreateView(AdminLookMixin, mfa_views.MFACreateView):
    pass


class KeyDeleteView(AdminLookMixin, mfa_views.MFADeleteView):
    pass


class SecondStepView(AdminLookMixin, mfa_views.MFAAuthView):
    def dispatch(self, request, *args, **kwargs):
        credentials = {"username": self.user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return get_lockout_response(request, credentials=credentials)
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        # After a recovery code, the keys page: the staff member makes a new one there.
        if self.method.name == "recovery":
            self.request.session.pop("mfa_success_url", None)
            return reverse("mfa:list")
        return self.request.session.pop("mfa_success_url", None) or reverse("admin:index")


# Mounted under the admin's address with the "mfa" namespace that django-mfa3's templates use.
urlpatterns = [
    path("", public(KeyListView.as_view()), name="list"),
    path("<int:pk>/delete/", public(KeyDeleteView.as_view()), name="delete"),
    path("create/<method>/", public(KeyCreateView.as_view()), name="create"),
    path("auth/<method>/", SecondStepView.as_view(), name="auth"),
]


class StaffSecondFactorMiddleware:
    """Sends a staff member without a second factor to the enrolment page before any admin
    page, while DJANGO_STAFF_2FA is "required"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_required() or getattr(view_func, "mfa_public", False):
            return None
        # Public pages first, without reading the session: a page that touched it would vary
        # by cookie and never reach the page cache.
        if not request.path.startswith(f"/{settings.ADMIN_PATH}"):
            return None
        if request.path == reverse("admin:logout"):
            return None
        user = request.user
        if not (user.is_authenticated and user.is_staff):
            return None
        if user.mfakey_set.exists():
            return None
        return redirect("mfa:list")
