from django.db import migrations


class Migration(migrations.Migration):
    """TranslationChange now belongs to `core` (#14); its table stays as it is."""

    dependencies = [
        ("association", "0008_database_cache_table"),
        ("core", "0001_translation_change_moves_here"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TranslationChange")],
            database_operations=[],
        ),
    ]
