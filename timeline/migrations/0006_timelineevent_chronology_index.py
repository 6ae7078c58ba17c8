from django.db import migrations, models


class AddIndexWhereSupported(migrations.AddIndex):
    """SQLite cannot index NULLS LAST; it is a development database, where the index is moot."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [
        ("association", "0002_page_keys_and_change_times"),
        ("timeline", "0005_timelineevent_publication_window"),
    ]

    operations = [
        AddIndexWhereSupported(
            model_name="timelineevent",
            index=models.Index(
                models.F("year"),
                models.OrderBy(models.F("end_year"), descending=True, nulls_last=True),
                models.F("order"),
                models.F("id"),
                name="timeline_event_chronology",
            ),
        ),
    ]
