"""Old addresses never break (#23).

Three parts, all driven by the models' declarations and the `Redirect` table:

- when the address of a record of public content changes (a slug in either language, a page
  moved in the tree), its old address becomes a redirect to the record itself, so a second
  change needs no chain: the redirect follows the record to wherever it lives now;
- `RedirectMiddleware` answers an address the site does not have from that table, and counts
  the ones it cannot answer in `MissingPage`, a log kept to a fixed size;
- staff add redirects of their own, from any path, query string included (`/?p=572`).

`django.contrib.redirects` does not fit, though its idea is kept. It stores the target as
text, so a renamed target leaves a chain or a dead end, where a redirect here follows its
record. It compares the path and query string character for character: `/?p=572&utm_source=x`
or `/?lang=fr&p=572` miss a redirect recorded for `/?p=572&lang=fr`, and a redirect recorded
for a path alone never answers it with a query string; here parameters are sorted, tracking
ones dropped, and a path alone answers any query. It answers 301 or 410 only, never a
temporary 302, refuses no loop, and needs the sites framework, which this site has no other
use for.
"""

import csv
import io
import logging
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save, pre_save
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import NoReverseMatch
from django.utils import timezone, translation
from django.utils.translation import get_language_from_path, gettext

from core.content import public_content_models
from core.models import MissingPage, Redirect, normalize

logger = logging.getLogger(__name__)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The third column of an imported line that makes the redirect temporary (302).
TEMPORARY_WORDS = ("temporary", "temporaire", "302")
# Slug changes ----------------------------------------------------------------------------


def addresses_of(instance):
    """{language: the record's address in it}, for the languages where it has one."""
    found = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            try:
                found[code] = normalize(instance.get_absolute_url())
            except (NoReverseMatch, ValueError):
                continue
    return found


def remember_address(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    previous = sender._base_manager.filter(pk=instance.pk).first()
    instance._previous_addresses = addresses_of(previous) if previous is not None else {}


def redirect_old_address(sender, instance, raw=False, **kwargs):
    previous = getattr(instance, "_previous_addresses", None)
    instance._previous_addresses = None
    if raw or not previous:
        return
    current = addresses_of(instance)
    target_type = ContentType.objects.get_for_model(sender)
    target = {"target_type": target_type, "target_id": instance.pk}
    # The record now lives at an address that used to redirect to it: that row would loop.
    Redirect.objects.filter(old_path__in=current.values(), **target).delete()
    for code, old in previous.items():
        if current.get(code) in (None, old):
            continue
        fields = {**target, "target_language": code, "target_url": ""}
        Redirect.objects.update_or_create(
            old_path=old, defaults={**fields, "origin": Redirect.Origin.RENAMED}
        )
        # Staff redirects written to the old address follow the record too: no chain.
        Redirect.objects.filter(target_url=old).update(**fields)


def forget_redirects_to(sender, instance, **kwargs):
    Redirect.objects.filter(
        target_type=ContentType.objects.get_for_model(sender), target_id=instance.pk
    ).delete()


def connect_content_models():
    """Watch every public content model with a page per record, which it declares by its
    `sitemap_changefreq` (core.content)."""
    for model in public_content_models():
        if model.sitemap_changefreq:
            uid = f"redirects:{model._meta.label}"
            pre_save.connect(remember_address, sender=model, dispatch_uid=uid)
            post_save.connect(redirect_old_address, sender=model, dispatch_uid=uid)
            post_delete.connect(forget_redirects_to, sender=model, dispatch_uid=uid)


# Answering old addresses -----------------------------------------------------------------


def find_redirect(full_path):
    """The redirect of `full_path`: one recorded with this very query string first, then one
    recorded for the path alone, whatever the query."""
    exact = normalize(full_path)
    path = exact.partition("?")[0]
    candidates = {exact, path}
    found = {row.old_path: row for row in Redirect.objects.filter(old_path__in=candidates)}
    return found.get(exact) or found.get(path)


def destination(redirect):
    """Where `redirect` leads now, or None when its record is gone or not public."""
    if redirect.target_url:
        return redirect.target_url
    model = ContentType.objects.get_for_id(redirect.target_type_id).model_class()
    if model is None:
        return None
    record = model._default_manager.all().published().filter(pk=redirect.target_id).first()
    if record is None:
        return None
    with translation.override(redirect.target_language or LANGUAGE_CODES[0]):
        return record.get_absolute_url()


def record_missing(path, referrer, now):
    """Count a 404 of `path`. The log keeps fewer than MISSING_PAGES_KEPT rows: every
    fiftieth of that many new addresses, it drops the least hit (the oldest of them first)
    down to that batch below the limit. A flood of bogus addresses churns among themselves
    while the addresses people really ask for stay, and one 404 in a hundred pays for the
    trimming (bench/missing_pages.py)."""
    path = path[:500]
    referrer = referrer[:500]
    counted = MissingPage.objects.filter(path=path).update(
        hits=F("hits") + 1, last_seen=now, last_referrer=referrer
    )
    if counted:
        return
    try:
        with transaction.atomic():
            row = MissingPage.objects.create(path=path, last_seen=now, last_referrer=referrer)
    except IntegrityError:
        # Another request logged it meanwhile: its count is enough.
        return
    batch = max(settings.MISSING_PAGES_KEPT // 50, 1)
    # Row ids follow one another, so a trim comes once every `batch` new addresses.
    if row.pk % batch == 0:
        kept = settings.MISSING_PAGES_KEPT - batch
        beyond = MissingPage.objects.order_by("-hits", "-last_seen", "-pk").values("pk")[kept:]
        MissingPage.objects.filter(pk__in=beyond).delete()


# The home address with one of these asks for one old WordPress item (`/?p=572`): the SPEC
# wants a 404 when nothing leads on from it, not the home page.
OLD_ITEM_PARAMETERS = ("p", "page_id", "attachment_id")


def asks_for_an_old_item(request):
    return request.path_info == "/" and any(
        name in parse_qs(request.META.get("QUERY_STRING", "")) for name in OLD_ITEM_PARAMETERS
    )


class RedirectMiddleware:
    """Answers, from the `Redirect` table, the addresses nothing else answers.

    It sits above LocaleMiddleware: an address without a language prefix (`/?p=572`, an old
    WordPress `/slug/`) is looked up as the visitor asked for it before LocaleMiddleware's
    redirect to `/fr/…` is sent. Only such redirects and 404s cost a lookup; pages cost none.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return response
        full_path = request.get_full_path()
        unprefixed = get_language_from_path(request.path_info) is None
        locale_redirect = unprefixed and response.status_code in (301, 302) and full_path != "/"
        if response.status_code != 404 and not locale_redirect:
            return response
        try:
            redirect = find_redirect(full_path)
            target = destination(redirect) if redirect is not None else None
            if target is not None and normalize(target) == normalize(full_path):
                target = None
            if target is None and response.status_code == 404:
                record_missing(full_path, request.headers.get("Referer", ""), timezone.now())
        except Exception:
            # A broken lookup must never turn a 404 into a 500.
            logger.exception("Redirect lookup failed")
            return response
        if target is None:
            if asks_for_an_old_item(request):
                record_missing(full_path, request.headers.get("Referer", ""), timezone.now())
                raise Http404
            return response
        if redirect.is_permanent:
            return HttpResponsePermanentRedirect(target)
        return HttpResponseRedirect(target)


# Importing staff redirects ---------------------------------------------------------------


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)


class ImportRefused(Exception):
    """Raised inside the import's transaction to undo every line once one is wrong."""


def redirects_import(*, text, origin=Redirect.Origin.IMPORT):
    """Save the redirects of a CSV text, one a line: old address, new address, and
    optionally "temporary" (permanent otherwise). A first line that is not an address is
    a header. Each line is checked against the table as the lines above it leave it, so a
    loop between two lines is refused too; with any error nothing is saved, and the result
    lists each error with its line number."""
    result = ImportResult()
    try:
        with transaction.atomic():
            for number, cells in enumerate(read_csv(text), start=1):
                import_line(number, cells, origin, result)
            if result.errors:
                raise ImportRefused
    except ImportRefused:
        result.created = result.updated = 0
    return result


def read_csv(text):
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
        yield [cell.strip() for cell in row]


def import_line(number, cells, origin, result):
    if not any(cells) or (number == 1 and not cells[0].startswith(("/", "http"))):
        return
    if len(cells) < 2 or not cells[1]:
        result.errors.append((number, gettext("Give the old and the new address.")))
        return
    old_path = normalize(urlsplit(cells[0])._replace(scheme="", netloc="").geturl())
    redirect = Redirect.objects.filter(old_path=old_path).first() or Redirect(
        old_path=old_path, origin=origin
    )
    is_new = redirect.pk is None
    redirect.target_url = cells[1]
    redirect.target_type = None
    redirect.target_id = None
    redirect.target_language = ""
    redirect.is_permanent = not (len(cells) > 2 and cells[2].lower() in TEMPORARY_WORDS)
    try:
        redirect.full_clean()
    except ValidationError as error:
        for messages in error.message_dict.values():
            result.errors.extend((number, message) for message in messages)
        return
    redirect.save()
    if is_new:
        result.created += 1
    else:
        result.updated += 1
