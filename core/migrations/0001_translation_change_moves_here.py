import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """TranslationChange moves from `association` to `core` (#14): the table and its rows stay
    where they are, only Django's idea of which app owns them changes."""

    initial = True

    dependencies = [
        ("association", "0008_database_cache_table"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TranslationChange",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("language", models.CharField(max_length=10)),
                        ("changed_at", models.DateTimeField()),
                        ("content_type", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="contenttypes.contenttype")),
                    ],
                    options={
                        "verbose_name": "translation change",
                        "verbose_name_plural": "translation changes",
                        "db_table": "association_translationchange",
                        "constraints": [
                            models.UniqueConstraint(fields=("content_type", "object_id", "language"), name="translation_change_once_per_language"),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
