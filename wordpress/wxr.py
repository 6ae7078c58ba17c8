"""A WordPress export (WXR 1.0–1.2), read safely and one item at a time (#24).

The export is untrusted XML. defusedxml's iterparse refuses any DTD (so no entity, internal
or external, is ever expanded: no "billion laughs", no XXE reading a local file or fetching
a URL), and streaming keeps memory flat however long the export is: each `<item>` is turned
into an `Item` and its element dropped before the next one is read.

`read` raises `RefusedExport`, with a sentence saying why, on a file that is not a WXR
export, that declares a DTD or entities, or that is truncated or malformed. The importer
reads the whole file once (`survey`) before writing anything, so a refused file leaves the
database as it was.
"""

import datetime
import functools
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.utils.translation import gettext

WP_NAMESPACE = "http://wordpress.org/export/"
CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/"
SUPPORTED_VERSIONS = ("1.0", "1.1", "1.2")
# WordPress writes "0000-00-00 00:00:00" for a date it does not know (drafts).
NO_DATE = "0000-00-00 00:00:00"


class RefusedExport(Exception):
    """The file is not an export this command can read safely."""


@dataclass
class Term:
    domain: str
    slug: str
    name: str


@dataclass
class Item:
    wp_id: int
    post_type: str
    status: str
    title: str = ""
    link: str = ""
    guid: str = ""
    name: str = ""
    content: str = ""
    excerpt: str = ""
    parent_id: int = 0
    menu_order: int = 0
    date: str = ""
    date_gmt: str = ""
    modified_gmt: str = ""
    password: str = ""
    attachment_url: str = ""
    terms: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def terms_of(self, domain):
        return [term for term in self.terms if term.domain == domain]

    @property
    def language(self):
        """The Polylang language of the item ("fr", "en"), or "" without Polylang."""
        languages = self.terms_of("language")
        return languages[0].slug if languages else ""

    @property
    def translation_group(self):
        """The Polylang group the item shares with its translations, or ""."""
        groups = self.terms_of("post_translations")
        return groups[0].slug if groups else ""

    def published_at(self):
        """When WordPress published it (UTC), or None for a date it never had."""
        if self.date_gmt and self.date_gmt != NO_DATE:
            moment = datetime.datetime.fromisoformat(self.date_gmt)
            return moment.replace(tzinfo=datetime.UTC)
        return None


@dataclass
class Site:
    version: str
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""


@functools.lru_cache(maxsize=512)
def local_name(tag):
    """("http://wordpress.org/export/1.2/", "post_id") from "{…}post_id"."""
    if tag.startswith("{"):
        namespace, _sep, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def _text(element):
    return (element.text or "").strip()


def _number(text):
    try:
        return int(text)
    except ValueError:
        return 0


def _item(element):
    values = {}
    terms = []
    meta = {}
    for child in element:
        namespace, name = local_name(child.tag)
        if namespace.startswith(WP_NAMESPACE) and "excerpt" in namespace:
            values["excerpt"] = child.text or ""
        elif namespace == CONTENT_NAMESPACE and name == "encoded":
            values["content"] = child.text or ""
        elif namespace.startswith(WP_NAMESPACE):
            if name == "postmeta":
                key = value = ""
                for part in child:
                    part_name = local_name(part.tag)[1]
                    if part_name == "meta_key":
                        key = _text(part)
                    elif part_name == "meta_value":
                        value = part.text or ""
                meta[key] = value
            elif name != "comment":
                values[name] = child.text or ""
        elif not namespace and name in ("title", "link", "guid"):
            values[name] = _text(child)
        elif not namespace and name == "category":
            terms.append(
                Term(
                    domain=child.get("domain", ""),
                    slug=child.get("nicename", ""),
                    name=_text(child),
                )
            )
    return Item(
        wp_id=_number(values.get("post_id", "").strip()),
        post_type=values.get("post_type", "").strip(),
        status=values.get("status", "").strip(),
        title=values.get("title", ""),
        link=values.get("link", ""),
        guid=values.get("guid", ""),
        name=values.get("post_name", "").strip(),
        content=values.get("content", ""),
        excerpt=values.get("excerpt", ""),
        parent_id=_number(values.get("post_parent", "").strip()),
        menu_order=_number(values.get("menu_order", "").strip()),
        date=values.get("post_date", "").strip(),
        date_gmt=values.get("post_date_gmt", "").strip(),
        modified_gmt=values.get("post_modified_gmt", "").strip(),
        password=values.get("post_password", "").strip(),
        attachment_url=values.get("attachment_url", "").strip(),
        terms=terms,
        meta=meta,
    )


def read(path):
    """Yield the export's `Site`, then each of its `Item`s, in the file's order."""
    try:
        yield from _read(path)
    except DefusedXmlException:
        raise RefusedExport(
            gettext(
                "The file declares a DTD or entities, which a WordPress export never does: "
                "it was refused without being read further (it could read files of this "
                "server or exhaust its memory)."
            )
        ) from None
    except ParseError as error:
        raise RefusedExport(
            gettext(
                "The file is not well-formed XML (%(error)s): it is probably truncated. "
                "Export it again from WordPress."
            )
            % {"error": error}
        ) from None
    except OSError as error:
        raise RefusedExport(
            gettext("The file cannot be read (%(error)s).") % {"error": error.strerror or error}
        ) from None


def not_wxr():
    return RefusedExport(
        gettext(
            "The file is not a WordPress export (WXR 1.0 to 1.2): export it from "
            "“Outils → Exporter” in WordPress."
        )
    )


def _read(path):
    site = None
    announced = False
    channel = None
    depth = 0
    for event, element in iterparse(
        str(path), events=("start", "end"), forbid_dtd=True, forbid_entities=True
    ):
        # Only the rss, channel and item levels matter here; deeper elements are read
        # whole when their item ends.
        if event == "start":
            depth += 1
            if depth > 3:
                continue
            name = local_name(element.tag)[1]
            if depth == 1 and name != "rss":
                raise not_wxr()
            if depth == 2 and name == "channel":
                channel = element
            if depth == 3 and name == "item" and site is None:
                raise not_wxr()
            continue
        depth -= 1
        if depth != 2 or channel is None:
            continue
        namespace, name = local_name(element.tag)
        if namespace.startswith(WP_NAMESPACE) and name == "wxr_version":
            version = _text(element)
            if version not in SUPPORTED_VERSIONS:
                raise RefusedExport(
                    gettext(
                        "This WordPress export has version %(version)s; this command reads "
                        "versions 1.0 to 1.2."
                    )
                    % {"version": version}
                )
            site = Site(version=version)
        elif site is not None and not namespace and name == "link":
            site.link = _text(element)
        elif site is not None and name in ("base_site_url", "base_blog_url"):
            setattr(site, name, _text(element))
        elif site is not None and name == "item":
            if not announced:
                announced = True
                yield site
            yield _item(element)
        # Each child of the channel is dropped once read: memory stays flat.
        channel.remove(element)
    if site is None:
        raise not_wxr()
    if not announced:
        yield site
