import core.images
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('contact', '0005_field_help_texts'),
    ]

    operations = [
        migrations.AddField(
            model_name='place',
            name='image_caption',
            field=models.CharField(blank=True, help_text='Shown under the image, e.g. “The water point of a school in Podor, 2019”.', max_length=250, verbose_name='caption'),
        ),
        migrations.AddField(
            model_name='place',
            name='image_caption_en',
            field=models.CharField(blank=True, help_text='Shown under the image, e.g. “The water point of a school in Podor, 2019”.', max_length=250, null=True, verbose_name='caption'),
        ),
        migrations.AddField(
            model_name='place',
            name='image_caption_fr',
            field=models.CharField(blank=True, help_text='Shown under the image, e.g. “The water point of a school in Podor, 2019”.', max_length=250, null=True, verbose_name='caption'),
        ),
        # Where uploads go is decided in Python (core.images.image_upload_path): the column
        # does not change, and SQLite must not rebuild the table for it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='place',
                    name='image',
                    field=core.images.ResponsiveImageField(blank=True, renditions_field='image_renditions', upload_to=core.images.image_upload_path, verbose_name='image'),
                ),
            ],
        ),
    ]
