"""The admin names of the models other libraries declare, which cannot carry them (#25).

Our own kinds of record state their `admin_names` on the model (core.admin_names).
"""

from django.utils.translation import pgettext_lazy

from core.admin_names import AdminNames

THIRD_PARTY = {
    "auth.user": AdminNames(
        a=pgettext_lazy("admin heading", "a user"),
        the=pgettext_lazy("admin heading", "the user"),
    ),
    "auth.group": AdminNames(
        a=pgettext_lazy("admin heading", "a group"),
        the=pgettext_lazy("admin heading", "the group"),
    ),
    "mfa.mfakey": AdminNames(
        a=pgettext_lazy("admin heading", "a second factor"),
        the=pgettext_lazy("admin heading", "the second factor"),
    ),
    "axes.accessattempt": AdminNames(
        a=pgettext_lazy("admin heading", "a failed login attempt"),
        the=pgettext_lazy("admin heading", "the failed login attempt"),
    ),
    "axes.accesslog": AdminNames(
        a=pgettext_lazy("admin heading", "a login"),
        the=pgettext_lazy("admin heading", "the login"),
    ),
    "axes.accessfailurelog": AdminNames(
        a=pgettext_lazy("admin heading", "a login failure"),
        the=pgettext_lazy("admin heading", "the login failure"),
    ),
}


def admin_names(model):
    """The model's names with their articles, or None when nobody wrote them."""
    names = getattr(model, "admin_names", None)
    if isinstance(names, AdminNames):
        return names
    return THIRD_PARTY.get(model._meta.label_lower)
