from django.db import migrations

from core.staff_groups import apply_staff_groups_in_migration


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0002_workshop_checked_image"),
        ("association", "0006_reception_reads_messages"),
    ]

    operations = [
        migrations.RunPython(apply_staff_groups_in_migration, migrations.RunPython.noop),
    ]
