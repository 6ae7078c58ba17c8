"""The staff-facing names of the security apps, in French like the rest of the admin (#25).

django-mfa2 names itself "Multi Factor Authentication" and its keys "mfa keys", as plain
strings no translation reaches; django-axes shows as "Axes". Listing these configurations in
INSTALLED_APPS instead of the bare apps changes their names only.
"""

from axes.apps import AppConfig as BaseAxesConfig
from django.utils.translation import gettext_lazy as _
from mfa.apps import TwoFactorConfig


class AxesConfig(BaseAxesConfig):
    verbose_name = _("Login records")


class MfaConfig(TwoFactorConfig):
    verbose_name = _("Second factors")

    def ready(self):
        super().ready()
        model = self.get_model("MFAKey")
        # The model is the library's; only its names are ours to set.
        model._meta.verbose_name = _("second factor")
        model._meta.verbose_name_plural = _("second factors")
