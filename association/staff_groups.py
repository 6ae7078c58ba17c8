"""The two staff groups and what each may do in the admin: the one table to edit (#7).

Editors keep the site's content; reception answers messages and keeps opening hours and
closures. A group gets exactly the permissions listed here, and nothing else: applying the
table also takes away what is no longer listed.

When an app adds a model that a group needs, add its row here and a data migration in that
app, depending on the migration that creates the model, that runs::

    migrations.RunPython(apply_staff_groups_in_migration, migrations.RunPython.noop)
"""

from django.contrib.auth.management import create_permissions

EDITORS = "Rédaction"
RECEPTION = "Accueil"

ALL = ("add", "change", "delete", "view")

STAFF_GROUPS = {
    EDITORS: {
        "association.country": ALL,
        "association.partner": ALL,
        "association.programme": ALL,
        "association.keyfigure": ALL,
        # The fixed pages (home, history, legal notice…) are edited, never removed.
        "association.page": ("add", "change", "view"),
        "timeline.timelineevent": ALL,
        "contact.place": ALL,
        "contact.sociallink": ALL,
        "workshops.workshop": ALL,
    },
    RECEPTION: {
        # Opening hours and closures are edited inside their place's form, which needs the
        # right to change the place.
        "contact.place": ("change", "view"),
        "contact.openinghours": ALL,
        "contact.closure": ALL,
        # Messages are read and marked handled, never written or deleted by hand: the
        # purge command removes them after the retention period.
        "contact.contactmessage": ("change", "view"),
        # Booking requests are answered (confirmed or declined), never written by hand (#10).
        "workshops.bookingrequest": ("change", "view"),
    },
}


def apply_staff_groups(apps, using="default"):
    """Give each group exactly the permissions of STAFF_GROUPS.

    Models not yet in `apps` are left out: a migration that runs before their app's
    migrations sees the table as it will be later, and that app's own migration applies
    the table again once the model exists.
    """
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for name, table in STAFF_GROUPS.items():
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
