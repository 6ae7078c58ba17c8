"""The two staff groups and what each may do in the admin (#7).

Editors keep the site's content; reception answers messages and keeps opening hours and
closures. Each model says which group may do what (`staff_permissions`, core.content), and a
group gets exactly the permissions so declared, and nothing else: applying the table also
takes away what is no longer declared. It is applied after every `migrate`, so a new model
joins its group with no migration of its own.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models.signals import post_migrate

from core.content import EDITORS, RECEPTION, staff_permissions_table

__all__ = ["EDITORS", "RECEPTION", "apply_staff_groups", "apply_staff_groups_in_migration"]


def apply_staff_groups(apps=global_apps, using="default"):
    """Give each group exactly the permissions the models declare.

    Models not yet in `apps` are left out: a migration that runs before their app's
    migrations sees the table as it will be later, and the next `migrate` applies it again.
    """
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for name, table in staff_permissions_table().items():
        group, _ = group_model.objects.using(using).get_or_create(name=name)
        permissions = []
        for label, actions in table.items():
            app_label, model_name = label.split(".")
            try:
                apps.get_model(app_label, model_name)
            except LookupError:
                continue
            permissions += permission_model.objects.using(using).filter(
                content_type__app_label=app_label,
                codename__in=[f"{action}_{model_name}" for action in actions],
            )
        group.permissions.set(permissions)


def apply_staff_groups_in_migration(apps, schema_editor):
    # Permissions are normally created after all migrations ran; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None
    apply_staff_groups(apps, using=schema_editor.connection.alias)


def apply_after_migrate(sender, app_config=None, using="default", apps=global_apps, **kwargs):
    # post_migrate is sent once per app that has models, in INSTALLED_APPS order, after auth
    # has created that app's permissions: at the last such app, every permission exists. The
    # project package, last of all, has no models and is never sent it.
    with_models = [config for config in global_apps.get_app_configs() if config.models_module]
    if sender is with_models[-1]:
        apply_staff_groups(apps, using=using)


def connect():
    post_migrate.connect(apply_after_migrate, dispatch_uid="core.staff_groups")
