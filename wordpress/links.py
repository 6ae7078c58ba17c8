"""Links of imported texts that pointed to the old site, pointed to the new one (#24).

Run once every item is written, since a post may link to one the export holds further on.
An old link leads where its redirect leads (core.Redirect), written as a path of the site;
one that no redirect answers is left as it is and reported.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation

from core.models import Redirect, normalize

LINK = re.compile(r'href="([^"]*)"( rel="noopener")?')
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The rich text fields of each kind the import writes, by model label.
RICH_TEXT_FIELDS = {"news.newspost": ("body",), "pages.section": ("body",)}


def old_path(href, hosts):
    """The path and query of `href` if it points to the old site, else None."""
    parts = urlsplit(href.replace("&amp;", "&"))
    if parts.scheme in ("http", "https"):
        if (parts.hostname or "").removeprefix("www.") not in hosts:
            return None
    elif parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    return normalize(f"{parts.path}?{parts.query}" if parts.query else parts.path)


def new_address(redirect):
    """Where `redirect` leads, published or not: a link written today stays right."""
    if redirect.target_url:
        return redirect.target_url
    record = redirect.target
    if record is None:
        return None
    with translation.override(redirect.target_language or LANGUAGE_CODES[0]):
        return record.get_absolute_url()


def rewrite(report, written, hosts, known):
    """Rewrite the old links of the records `written`; `known` maps the old paths of this
    run's items to their new addresses, the redirects table answers for the others."""
    by_model = {}
    for model, pk in written:
        by_model.setdefault(model, set()).add(pk)
    for model, pks in by_model.items():
        names = RICH_TEXT_FIELDS.get(model._meta.label_lower, ())
        columns = [f"{name}_{code}" for name in names for code in LANGUAGE_CODES]
        if not columns:
            continue
        for record in model._base_manager.filter(pk__in=pks).only(*columns).iterator():
            changes = _rewritten(record, columns, hosts, report, known)
            if changes:
                # An update, not a save: the record's "last changed" stays the import's.
                model._base_manager.filter(pk=record.pk).update(**changes)


def _rewritten(record, columns, hosts, report, known):
    found = {}
    for column in columns:
        for href, _rel in LINK.findall(getattr(record, column) or ""):
            path = old_path(href, hosts)
            if path:
                found[href] = path
    if not found:
        return {}
    candidates = set(found.values()) | {path.partition("?")[0] for path in found.values()}
    addresses = {path: known[path] for path in candidates if path in known}
    for row in Redirect.objects.filter(old_path__in=candidates - addresses.keys()):
        addresses[row.old_path] = new_address(row)
    changes = {}
    for column in columns:
        text = getattr(record, column) or ""

        def replace(match):
            href = match.group(1)
            path = found.get(href)
            if path is None:
                return match.group(0)
            target = addresses.get(path) or addresses.get(path.partition("?")[0])
            if target:
                report.count("link", "updated")
                return f'href="{target}"'
            if urlsplit(href).scheme:
                report.note("old_link", f"{href}")
            return match.group(0)

        new_text = LINK.sub(replace, text)
        if new_text != text:
            changes[column] = new_text
    return changes
