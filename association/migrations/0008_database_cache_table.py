from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # The page cache and the contact form's rate limit live in the database when REDIS_URL is
    # unset: `migrate` alone must leave a working site, wherever it is run.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("association", "0007_publication_window_and_translation_changes"),
    ]

    operations = [
        migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=True),
    ]
