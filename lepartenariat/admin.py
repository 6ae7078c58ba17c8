"""Accounts in the staff's French (#25): permissions named by their record and action.

Django stores a permission's name in English when the database is made ("Can add news
post") and the group and user forms list them so. The forms here name each one from the
model's French name and the action instead: "Actualité : ajouter".
"""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission, User
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

ACTIONS = {
    "add": pgettext_lazy("permission", "add"),
    "change": pgettext_lazy("permission", "change"),
    "delete": pgettext_lazy("permission", "delete"),
    "view": pgettext_lazy("permission", "view"),
}


def permission_label(permission):
    model = permission.content_type.model_class()
    action, _sep, _rest = permission.codename.partition("_")
    if model is None or action not in ACTIONS:
        return permission.name
    return _("%(model)s: %(action)s") % {
        "model": capfirst(model._meta.verbose_name),
        "action": ACTIONS[action],
    }


class FrenchPermissionsMixin:
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and field.queryset.model is Permission:
            field.label_from_instance = permission_label
        return field


admin.site.unregister(Group)
admin.site.unregister(User)


@admin.register(Group)
class StaffGroupAdmin(FrenchPermissionsMixin, GroupAdmin):
    pass


@admin.register(User)
class StaffUserAdmin(FrenchPermissionsMixin, UserAdmin):
    pass
