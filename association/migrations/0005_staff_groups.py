from django.db import migrations

from core.staff_groups import apply_staff_groups_in_migration


class Migration(migrations.Migration):
    dependencies = [
        ("association", "0004_images"),
        ("timeline", "0004_images"),
        ("contact", "0004_place_image"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(apply_staff_groups_in_migration, migrations.RunPython.noop),
    ]
