from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0010_correct_seeded_history_texts'),
    ]

    operations = [
        # Added in SQL so that SQLite adds the column instead of rebuilding the table, which
        # would recreate the chronology index SQLite cannot build (see 0006).
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    'ALTER TABLE "timeline_timelineevent" ADD COLUMN "to_confirm_note" '
                    "varchar(300) DEFAULT '' NOT NULL",
                    'ALTER TABLE "timeline_timelineevent" DROP COLUMN "to_confirm_note"',
                ),
            ],
            state_operations=[
                migrations.AddField(
                    model_name='timelineevent',
                    name='to_confirm_note',
                    field=models.CharField(blank=True, help_text='e.g. “Guessed email address: check that it exists.”', max_length=300, verbose_name='what to check'),
                ),
            ],
        ),
    ]
