"""Which record each WordPress item became, read once per import (#24).

Every `ImportedItem` of earlier runs is loaded at the start (a few values per item), and
those this run writes join it, so that finding an item's record again costs no query.
"""

from django.contrib.contenttypes.models import ContentType

from wordpress.models import ImportedItem


class Ledger:
    def __init__(self):
        # (WordPress ID, GUID) → ImportedItem, and the same rows by WordPress ID and by record.
        self.imported = {}
        self.by_wp_id = {}
        self.by_record = {}

    def load(self):
        for row in ImportedItem.objects.all():
            self.index(row)

    def get(self, wp_id, guid):
        return self.imported.get((wp_id, guid))

    def index(self, row):
        self.imported[(row.wp_id, row.guid)] = row
        self.by_wp_id.setdefault(row.wp_id, []).append(row)
        self.by_record.setdefault((row.content_type_id, row.object_id), []).append(row)

    def forget(self, rows):
        for row in rows:
            self.imported.pop((row.wp_id, row.guid), None)

    def rows_of(self, record, field=""):
        """The ImportedItems of `record` (with `field`, those of its images)."""
        content_type = ContentType.objects.get_for_model(record)
        return [
            row
            for row in self.by_record.get((content_type.pk, record.pk), [])
            if row.field == field
            and row.object_id == record.pk
            and self.imported.get((row.wp_id, row.guid)) is row
        ]

    def record_of(self, wp_id, model):
        """The record the item `wp_id` became in an earlier run or this one, or None."""
        content_type = ContentType.objects.get_for_model(model)
        for row in self.by_wp_id.get(wp_id, []):
            if not row.field and row.content_type_id == content_type.pk:
                return row.record
        return None

    def keep(self, wp_id, guid, fields, replace):
        """Create or (if `replace`) update the ImportedItem of (wp_id, guid)."""
        row = self.get(wp_id, guid)
        if row is None:
            self.index(ImportedItem.objects.create(wp_id=wp_id, guid=guid, **fields))
        elif replace:
            moved = (row.content_type_id, row.object_id) != (
                fields["content_type"].pk,
                fields["object_id"],
            )
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
            if moved:
                self.index(row)
