"""Every old address of an imported item, as a `core.Redirect` row of origin "import" (#24).

`core.redirects` (#23) answers them: percent-encoded or not, with the query parameters in any
order, and only while the record is public, so an item imported unpublished gets its
redirect the day staff publish it. A redirect staff wrote, or one the site made when a slug
changed, is never overwritten by an import.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from core.models import Redirect, normalize
from wordpress.survey import UPLOADS, upload_path

# Rows are written by batches of this many: an import of thousands of items writes its
# redirects in a few queries.
BATCH = 500


def item_paths(item):
    """The item's permalink, with and without its trailing slash, and `/?p=ID`."""
    link = urlsplit(item.link)
    paths = [f"/?p={item.wp_id}"]
    if link.query:
        # A draft's permalink is already "/?p=ID"; a page's may be "/?page_id=ID".
        paths.append(f"{link.path or '/'}?{link.query}")
    elif link.path.strip("/"):
        stem = link.path.rstrip("/")
        paths += [stem, f"{stem}/"]
    if item.post_type == "page":
        paths.append(f"/?page_id={item.wp_id}")
    if item.post_type == "attachment":
        paths.append(f"/?attachment_id={item.wp_id}")
    return paths


def attachment_paths(attachment):
    paths = [f"/?attachment_id={attachment.wp_id}", f"/?p={attachment.wp_id}"]
    path = upload_path(attachment.url) or attachment.file
    if path:
        paths.append(UPLOADS + path)
    return paths


class RedirectWriter:
    """Collects the old paths of the items imported, and writes them by batches."""

    def __init__(self, report):
        self.report = report
        # normalised old path → the fields of its Redirect row
        self.pending = {}
        # normalised old path → the new address, for rewriting links (wordpress.links)
        self.addresses = {}

    def point(self, paths, *, record=None, language="", url=""):
        """Make each old path lead to `record` (its address in `language`) or to `url`."""
        if record is not None:
            target = {
                "target_type_id": ContentType.objects.get_for_model(record).pk,
                "target_id": record.pk,
                "target_language": language,
                "target_url": "",
            }
            with translation.override(language or settings.LANGUAGE_CODE):
                address = record.get_absolute_url()
        else:
            target = {
                "target_type_id": None,
                "target_id": None,
                "target_language": "",
                "target_url": url,
            }
            address = url
        for path in paths:
            path = normalize(path)[:500]
            if path != "/":
                self.pending[path] = target
                self.addresses[path] = address
        if len(self.pending) >= BATCH:
            self.flush()

    def point_to_image(self, attachment, file, owner, language):
        """An image's old addresses lead to its new file; while the record showing it is
        not public, to that record instead, so that they wait for its publication."""
        if file and owner.is_live():
            self.point(attachment_paths(attachment), url=file.url)
        else:
            self.point(attachment_paths(attachment), record=owner, language=language)

    def flush(self):
        if not self.pending:
            return
        existing = {row.old_path: row for row in Redirect.objects.filter(old_path__in=self.pending)}
        # Redirects are public content, but a bulk insert sends no signal: the records they
        # lead to were saved in this same run, which already made cached pages stale.
        Redirect.objects.bulk_create(
            Redirect(old_path=path, origin=Redirect.Origin.IMPORT, **target)
            for path, target in self.pending.items()
            if path not in existing
        )
        self.report.count("address", "created", len(self.pending.keys() - existing.keys()))
        for path, row in existing.items():
            target = self.pending[path]
            current = {name: getattr(row, name) for name in target}
            if row.origin == Redirect.Origin.IMPORT and current != target:
                Redirect.objects.filter(pk=row.pk).update(**target)
                self.report.count("address", "updated")
        self.pending = {}
