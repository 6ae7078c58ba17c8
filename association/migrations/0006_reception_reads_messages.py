from django.db import migrations

from core.staff_groups import apply_staff_groups_in_migration


class Migration(migrations.Migration):
    dependencies = [
        ("association", "0005_staff_groups"),
        ("contact", "0003_contactmessage"),
    ]

    operations = [
        migrations.RunPython(apply_staff_groups_in_migration, migrations.RunPython.noop),
    ]
