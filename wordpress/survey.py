"""The first read of an export: the small facts every item needs about the others (#24).

An item may name its featured image or its translation before the export reaches them, so
the importer reads the whole file once before writing anything. Only a few strings per item
are kept (no content), and reading to the end proves the file whole: a truncated or hostile
export is refused here, with nothing written.
"""

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from wordpress import wxr

UPLOADS = "/wp-content/uploads/"
NOT_IMPORTED = {"trash", "auto-draft"}
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".gif"}
# WordPress names its resized copies "photo-300x200.jpg", and since 5.3 keeps the original
# of a large photo as "photo.jpg" beside a "photo-scaled.jpg".
SIZE_SUFFIX = re.compile(r"-(?:\d+x\d+|scaled|rotated)(?=\.\w+$)")


def upload_path(url):
    """ "2019/05/photo.jpg" from an address under /wp-content/uploads/, or ""."""
    path = unquote(urlsplit(url).path)
    if UPLOADS not in path:
        return ""
    return path.split(UPLOADS, 1)[1]


# Slots: a survey keeps one per attachment, thousands of them.
@dataclass(slots=True)
class Attachment:
    wp_id: int
    guid: str
    caption: str
    alt: str
    file: str
    url: str
    language: str

    @property
    def extension(self):
        return posixpath.splitext(self.file)[1].lower()

    @property
    def is_pdf(self):
        return self.extension == ".pdf"

    @property
    def is_image(self):
        return self.extension in IMAGE_EXTENSIONS


@dataclass
class Survey:
    site: wxr.Site | None = None
    attachments: dict = field(default_factory=dict)
    by_file: dict = field(default_factory=dict)
    # Polylang group → {language: WordPress ID}
    groups: dict = field(default_factory=dict)
    # WordPress ID of each page → its parent's (0 for a top page)
    page_parents: dict = field(default_factory=dict)
    items: int = 0

    def add(self, item):
        self.items += 1
        # A translation in the bin is no translation: its pair is imported without it.
        if item.translation_group and item.language and item.status not in NOT_IMPORTED:
            self.groups.setdefault(item.translation_group, {})[item.language] = item.wp_id
        if item.post_type == "page":
            self.page_parents[item.wp_id] = item.parent_id
        if item.post_type != "attachment":
            return
        file = item.meta.get("_wp_attached_file", "").strip() or upload_path(item.attachment_url)
        attachment = Attachment(
            wp_id=item.wp_id,
            guid=item.guid,
            caption=item.excerpt.strip(),
            alt=item.meta.get("_wp_attachment_image_alt", "").strip(),
            file=file.lstrip("/"),
            url=item.attachment_url,
            language=item.language,
        )
        self.attachments[item.wp_id] = attachment
        if file:
            self.by_file[attachment.file.lower()] = item.wp_id

    def translations(self, item):
        """{language: WordPress ID} of the item's Polylang group, itself included."""
        return self.groups.get(item.translation_group, {}) if item.translation_group else {}

    def attachment_at(self, url):
        """The attachment an address under /wp-content/uploads/ shows, in any of its sizes."""
        path = upload_path(url).lower()
        if not path:
            return None
        wp_id = self.by_file.get(path) or self.by_file.get(SIZE_SUFFIX.sub("", path))
        return self.attachments.get(wp_id)

    def old_hosts(self):
        hosts = set()
        for url in (self.site.link, self.site.base_site_url, self.site.base_blog_url):
            host = urlsplit(url or "").hostname
            if host:
                hosts.add(host.removeprefix("www."))
        return hosts


def survey(path):
    """Read the whole export once; raise wxr.RefusedExport on a file it refuses."""
    result = Survey()
    for entry in wxr.read(path):
        if isinstance(entry, wxr.Site):
            result.site = entry
        else:
            result.add(entry)
    return result
