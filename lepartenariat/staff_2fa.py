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
  `user_login_failed`), and a locked-out address cannot pass the second step either;
- with DJANGO_STAFF_2FA=required, a session counts as staff only once it has passed the
  second step or enrolled an authenticator app or passkey (#22): until then its user is a
  visitor on every public page (no previews) and is sent to enrolment on every admin page.
"""

import unicodedata
from types import SimpleNamespace

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.hashers import check_password
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import SimpleLazyObject
from mfa import views as mfa_views
from mfa.decorators import public
from mfa.methods import recovery, totp
from mfa.models import MFAKey

REQUIRED = "required"
OFF = "off"
# Set in the session by the second step or by enrolling a factor; login() starts a new
# session, so a password alone never carries it.
VERIFIED = "staff_2fa_verified"


def is_required():
    return settings.STAFF_2FA == REQUIRED


def mark_verified(request):
    request.session[VERIFIED] = True


def is_verified(request):
    return not is_required() or request.session.get(VERIFIED, False)


def totp_authenticate_complete(state, user, code):
    """pyotp compares codes after NFKC normalisation, django-mfa3 checks replays before it:
    a used "123456" passed again as "１２３４５６" (#22). Normalise first, then accept only
    ASCII digits, so that the replay check sees the code pyotp checks."""
    code = unicodedata.normalize("NFKC", code).strip()
    if not (code.isascii() and code.isdigit()):
        raise ValueError
    return totp.authenticate_complete(state, user, code)


def recovery_authenticate_complete(state, user, code):
    """A recovery code logs in once: only the request whose DELETE removes the row passes,
    where django-mfa3's check-then-delete let two requests at once both in (#22)."""
    for key in user.mfakey_set.filter(method=recovery.name):
        if check_password(code, key.secret):
            deleted, _rows = MFAKey.objects.filter(pk=key.pk).delete()
            if deleted:
                return
            break
    raise ValueError


SECOND_STEPS = {
    totp.name: SimpleNamespace(
        name=totp.name,
        authenticate_begin=totp.authenticate_begin,
        authenticate_complete=totp_authenticate_complete,
    ),
    recovery.name: SimpleNamespace(
        name=recovery.name,
        authenticate_begin=recovery.authenticate_begin,
        authenticate_complete=recovery_authenticate_complete,
    ),
}


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
    def form_valid(self, form):
        response = super().form_valid(form)
        # A new authenticator or passkey answered with a valid code: the session has a
        # second factor. A recovery code is shown before it is typed back, so proves nothing.
        created = response.status_code == 302
        if created and self.method.name != recovery.name:
            mark_verified(self.request)
        return response


class KeyDeleteView(AdminLookMixin, mfa_views.MFADeleteView):
    pass


class SecondStepView(AdminLookMixin, mfa_views.MFAAuthView):
    @property
    def method(self):
        method = super().method
        return SECOND_STEPS.get(method.name, method)

    def form_valid(self, form):
        response = super().form_valid(form)
        mark_verified(self.request)
        return response

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
    """While DJANGO_STAFF_2FA is "required", a session that has not passed the second step
    is sent to the enrolment page before any admin page, and is a visitor everywhere else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_required() or getattr(view_func, "mfa_public", False):
            return None
        # path_info, not path: behind a prefix (SCRIPT_NAME=/site) the path is
        # /site/admin/…, and the admin went unguarded (#22).
        if not request.path_info.startswith(f"/{settings.ADMIN_PATH}"):
            # Lazily, so that a public page which never asks who the visitor is does not
            # read the session, does not vary by cookie and reaches the page cache.
            user = request.user
            request.user = SimpleLazyObject(
                lambda: user if is_verified(request) else AnonymousUser()
            )
            return None
        if request.resolver_match.view_name == "admin:logout":
            return None
        user = request.user
        if not (user.is_authenticated and user.is_staff):
            return None
        if is_verified(request):
            return None
        return redirect("mfa:list")
