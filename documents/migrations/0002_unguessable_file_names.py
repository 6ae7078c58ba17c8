"""Move the PDFs of documents the public cannot see out of guessable addresses (#22).

Files of published documents stay where they are, so that links to them keep working;
from now on every new file goes to an unguessable folder (documents.models). A file
missing from the storage is left as it is.
"""

import posixpath
import secrets

from django.db import migrations
from django.db.models import Q
from django.utils import timezone


def move_unpublished_files(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    storage = Document._meta.get_field("file").storage
    now = timezone.now()
    hidden = (
        Document.objects.exclude(file="")
        .filter(
            Q(is_published=False) | Q(publish_from__gt=now) | Q(publish_until__lte=now)
        )
        .filter(file__regex=r"^documents/[^/]+$")
    )
    for document in hidden:
        old = document.file.name
        new = f"documents/{secrets.token_urlsafe(16)}/{posixpath.basename(old)}"
        try:
            with storage.open(old, "rb") as stored:
                new = storage.save(new, stored)
        except FileNotFoundError:
            continue
        Document.objects.filter(pk=document.pk).update(file=new)
        storage.delete(old)


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]

    operations = [migrations.RunPython(move_unpublished_files, migrations.RunPython.noop)]
