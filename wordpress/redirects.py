"""Every old address of an imported item, as a `core.Redirect` row of origin "import" (#24).

`core.redirects` (#23) answers them: percent-encoded or not, with the query parameters in any
order, and only while the record is public, so an item imported unpublished gets its
redirect the day staff publish it. A redirect staff wrote, or one the site made when a slug
changed, is never overwritten by an import.
"""

from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType

from core.models import Redirect, normalize
from wordpress.survey import UPLOADS, upload_path


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


def point(report, paths, *, record=None, language="", url=""):
    """Make each old path lead to `record` (its address in `language`) or to `url`."""
    wanted = {normalize(path)[:500] for path in paths} - {"/"}
    if record is not None:
        target = {
            "target_type": ContentType.objects.get_for_model(record),
            "target_id": record.pk,
            "target_language": language,
            "target_url": "",
        }
    else:
        target = {"target_type": None, "target_id": None, "target_language": "", "target_url": url}
    existing = {row.old_path: row for row in Redirect.objects.filter(old_path__in=wanted)}
    new = [
        Redirect(old_path=path, origin=Redirect.Origin.IMPORT, **target)
        for path in sorted(wanted - existing.keys())
    ]
    # Redirects are public content, but a bulk insert sends no signal: the records they
    # lead to were saved in this same run, which already made cached pages stale.
    Redirect.objects.bulk_create(new)
    report.count("address", "created", len(new))
    stale = [
        row.pk
        for row in existing.values()
        if row.origin == Redirect.Origin.IMPORT
        and (row.target_type_id, row.target_id, row.target_language, row.target_url)
        != (
            target["target_type"] and target["target_type"].pk,
            target["target_id"],
            target["target_language"],
            target["target_url"],
        )
    ]
    if stale:
        Redirect.objects.filter(pk__in=stale).update(**target)
        report.count("address", "updated", len(stale))


def point_to_image(report, attachment, file, owner, language):
    """An image's old addresses lead to its new file; while the record showing it is not
    public, to that record instead, so that they wait for its publication."""
    if file and owner.is_live():
        point(report, attachment_paths(attachment), url=file.url)
    else:
        point(report, attachment_paths(attachment), record=owner, language=language)
