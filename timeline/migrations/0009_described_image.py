import core.images
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0008_event_published_index'),
    ]

    operations = [
        # Where uploads go is decided in Python (core.images.image_upload_path): the column
        # does not change, and SQLite must not rebuild the table for it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='timelineevent',
                    name='image',
                    field=core.images.ResponsiveImageField(blank=True, renditions_field='image_renditions', upload_to=core.images.image_upload_path, verbose_name='image'),
                ),
            ],
        ),
    ]
