"""Save all the content staff edit to one JSON file, and load it back (#7).

Every public content model (core.content) is included, parents before children, as soon as
it is declared. Each record is written with every column, both languages
included, and images are listed by path, size and checksum: the files themselves are
backed up by copying the media folder.

Loading writes every record of the file under its own id: a record that still exists is
overwritten, one that was deleted comes back; records created since the backup are kept.
"""

import datetime
import hashlib
import json

from django.conf import settings
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction

from core.content import public_content_models

FORMAT = "le-partenariat-content"
VERSION = 1


class ExactJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder, without rounding times to the millisecond: a round trip is exact."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class BackupError(Exception):
    """The file is not a content backup this version of the site can read."""


def content_models():
    return public_content_models()


def export_content():
    """Every content record and the media files they use, as one JSON-ready dict."""
    content = {}
    for model in content_models():
        queryset = model._base_manager.order_by("pk")
        content[model._meta.label] = serializers.serialize("python", queryset)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "languages": [code for code, _name in settings.LANGUAGES],
        "content": content,
        "media": list_media(),
    }


def list_media():
    files = []
    for model in content_models():
        file_fields = [f.name for f in model._meta.fields if isinstance(f, models.FileField)]
        for field_name in file_fields:
            names = model._base_manager.exclude(**{field_name: ""}).values_list(
                field_name, flat=True
            )
            files.extend(describe_media(name) for name in names if name)
    return sorted({entry["path"]: entry for entry in files}.values(), key=lambda e: e["path"])


def describe_media(name):
    if not default_storage.exists(name):
        return {"path": name, "missing": True}
    digest = hashlib.sha256()
    with default_storage.open(name, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return {"path": name, "size": default_storage.size(name), "sha256": digest.hexdigest()}


def write_backup(path):
    data = export_content()
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, cls=ExactJSONEncoder, ensure_ascii=False, indent=1)
    return data


def read_backup(path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"Cannot read {path}: {error}") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(f"{path} is not a content backup made by export_content.")
    if data.get("version") != VERSION:
        raise BackupError(f"{path} has version {data.get('version')}; this site reads {VERSION}.")
    return data


def import_content(data, using=DEFAULT_DB_ALIAS):
    """Write every record of `data` under its own id; return the count per model label."""
    known = {model._meta.label: model for model in content_models()}
    unknown = set(data["content"]) - set(known)
    if unknown:
        raise BackupError(f"The file holds content this site does not know: {sorted(unknown)}.")
    counts = {}
    connection = connections[using]
    with transaction.atomic(using=using):
        # Parents and children arrive in file order; the constraints are checked once
        # everything is in, as loaddata does.
        with connection.constraint_checks_disabled():
            for label, records in data["content"].items():
                for record in serializers.deserialize("python", records, using=using):
                    record.save(using=using)
                counts[label] = len(records)
        connection.check_constraints(table_names=[model._meta.db_table for model in known.values()])
        # Records keep their ids, so the id sequences must move past them (PostgreSQL).
        statements = connection.ops.sequence_reset_sql(no_style(), list(known.values()))
        if statements:
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
    return counts


def missing_media(data):
    """Paths listed in the backup that are not in the media storage."""
    return [entry["path"] for entry in data["media"] if not default_storage.exists(entry["path"])]
