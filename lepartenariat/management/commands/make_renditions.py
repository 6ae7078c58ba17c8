"""Remake every image's renditions, e.g. after a change of IMAGE_RENDITION_WIDTHS (#4)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from core.images import responsive_image_fields


class Command(BaseCommand):
    help = "Cleans every stored image again and remakes its renditions."

    def handle(self, *args, **options):
        total = 0
        for model, field in responsive_image_fields():
            for instance in model._base_manager.exclude(**{field.attname: ""}).iterator():
                name = getattr(instance, field.attname).name
                try:
                    with transaction.atomic():
                        field.remake(instance)
                except OSError as error:
                    # One lost file must not stop the others; its record keeps its old data.
                    self.stderr.write(f"{model._meta.label} {instance.pk}: {name}: {error}")
                    continue
                total += 1
                self.stdout.write(f"{model._meta.label} {instance.pk}: {name}")
        self.stdout.write(self.style.SUCCESS(f"{total} image(s) remade."))
