"""What must be settled before the site goes public (#18).

One module answers for the `launch_check` command and the admin's "to confirm before going
live" list, so that they never disagree. Every model is found by its declaration: a public
content model with a `to_confirm` field (core.models.SeededModel), translated fields
(modeltranslation), rich text (core.rich_text.RichTextField) or described images
(core.images.DescribedImagesMixin) joins without a line here.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import F, Func
from django.http.request import validate_host
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core import translation_status as status
from core.content import public_content_models
from core.images import DescribedImagesMixin, missing_alt_text
from core.models import SeededModel
from core.rich_text import RichTextField

HREF = re.compile(r"""href\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


@dataclass
class Item:
    """One thing to settle: what it is, what is wrong, and where staff fix it."""

    kind: str
    label: str
    problem: str
    admin_url: str = ""
    obj: object = None

    def as_dict(self):
        return {
            "kind": self.kind,
            "label": self.label,
            "problem": self.problem,
            "admin_url": self.admin_url,
        }


@dataclass
class Group:
    key: str
    title: str
    items: list = field(default_factory=list)
    # Staff settle most groups in the admin; what only the host can change (the server's
    # environment) is shown apart, so that nobody hunts the admin for it (#25).
    needs_host: bool = False


def admin_url(obj):
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


def kind_of(model):
    return str(model._meta.verbose_name).capitalize()


def confirmable_models():
    """Public content models whose records staff can mark "to confirm"."""
    return [model for model in public_content_models() if issubclass(model, SeededModel)]


def records_to_confirm():
    """Published records still marked to confirm, every kind together."""
    records = []
    for model in confirmable_models():
        records += list(model.published_rows().filter(to_confirm=True).order_by("pk"))
    return records


def count_to_confirm(models):
    """How many published records of `models` are still marked to confirm, in one query."""
    counts = [
        model.published_rows()
        .filter(to_confirm=True)
        .order_by()
        .annotate(count=Func(F("pk"), function="COUNT"))
        .values_list("count")
        for model in models
    ]
    if not counts:
        return 0
    return sum(count for (count,) in counts[0].union(*counts[1:], all=True))


def to_confirm_items():
    marked = _("marked “to confirm”")
    return [
        Item(
            kind_of(type(obj)),
            str(obj),
            f"{marked} — {obj.to_confirm_note}" if obj.to_confirm_note else marked,
            admin_url(obj),
            obj,
        )
        for obj in records_to_confirm()
    ]


def missing_translation_items():
    items = []
    for model_status in status.report(public_only=True):
        for record in model_status.records:
            for code in status.TARGET_LANGUAGES:
                fields = record.missing.get(code)
                if fields:
                    labels = ", ".join(status.field_label(model_status.model, n) for n in fields)
                    items.append(
                        Item(
                            kind_of(model_status.model),
                            str(record.obj),
                            _("no %(language)s: %(fields)s")
                            % {"language": code.upper(), "fields": labels},
                            admin_url(record.obj),
                            record.obj,
                        )
                    )
    return items


def rich_text_fields(model):
    """Rich text columns; for a translated field, its one column per language."""
    untranslated = set(status.translated_fields(model)) if status.is_translated(model) else set()
    return [
        f.name
        for f in model._meta.concrete_fields
        if isinstance(f, RichTextField) and f.name not in untranslated
    ]


def internal_path(href):
    """The path of `href` on this site, or None for another site, a mail or a phone link."""
    parts = urlsplit(href.replace("&amp;", "&"))
    if parts.scheme in ("", "http", "https") and not parts.netloc and parts.path.startswith("/"):
        return parts.path
    if parts.scheme in ("http", "https") and parts.hostname == urlsplit(settings.SITE_URL).hostname:
        return parts.path or "/"
    return None


def _host():
    site_host = urlsplit(settings.SITE_URL).netloc
    hosts = [site_host, *(h for h in settings.ALLOWED_HOSTS if not h.startswith((".", "*")))]
    for host in hosts:
        if validate_host(host.split(":")[0], settings.ALLOWED_HOSTS):
            return host
    return site_host


class PageFinder:
    """Whether a path of the site answers, asked once per path through the whole stack."""

    def __init__(self):
        self.client = Client(HTTP_HOST=_host(), secure=settings.HTTPS)
        self.answers = {}

    def is_missing(self, path):
        if path not in self.answers:
            self.answers[path] = self._is_missing(path)
        return self.answers[path]

    def _is_missing(self, path):
        media = "/" + settings.MEDIA_URL.lstrip("/")
        if path.startswith(media):
            return not default_storage.exists(unquote(path[len(media) :]))
        # A request activates its page's language: the report goes on in its own.
        with translation.override(translation.get_language()):
            return self.client.get(path).status_code in (404, 410)


def broken_link_items():
    items = []
    finder = PageFinder()
    for model in public_content_models():
        names = rich_text_fields(model)
        if not names:
            continue
        for obj in model.published_rows().order_by("pk"):
            for name in names:
                for href in HREF.findall(getattr(obj, name) or ""):
                    path = internal_path(href)
                    if path and finder.is_missing(path):
                        items.append(
                            Item(
                                kind_of(model),
                                str(obj),
                                _("“%(field)s” links to a missing page: %(path)s")
                                % {"field": model._meta.get_field(name).verbose_name, "path": href},
                                admin_url(obj),
                                obj,
                            )
                        )
    return items


def undescribed_image_items():
    items = []
    for model in public_content_models():
        if not issubclass(model, DescribedImagesMixin):
            continue
        for image_field in model.described_images:
            rows = (
                model.published_rows()
                .exclude(**{image_field: ""})
                .exclude(**{f"{image_field}__isnull": True})
            )
            for obj in rows.filter(**{f"{image_field}_is_decorative": False}).order_by("pk"):
                errors = missing_alt_text(obj, image_field)
                if errors:
                    languages = ", ".join(name.rsplit("_", 1)[-1].upper() for name in errors)
                    items.append(
                        Item(
                            kind_of(model),
                            str(obj),
                            _("image without a description (%(languages)s)")
                            % {"languages": languages},
                            admin_url(obj),
                            obj,
                        )
                    )
    return items


def kind_specific_items():
    """What a kind says itself is missing before launch, by its QuerySet's `launch_problems()`
    returning (record, problem) pairs: a document ticked published without its file…"""
    items = []
    for model in public_content_models():
        queryset = model._default_manager.all()
        if hasattr(queryset, "launch_problems"):
            items += [
                Item(kind_of(model), str(obj), problem, admin_url(obj), obj)
                for obj, problem in queryset.launch_problems()
            ]
    return items


def placeholder_setting_items():
    """Settings still at the value the code ships with (settings.LAUNCH_PLACEHOLDERS)."""
    items = []
    for name, placeholder in getattr(settings, "LAUNCH_PLACEHOLDERS", {}).items():
        if getattr(settings, name, None) == placeholder:
            items.append(
                Item(
                    _("Setting"),
                    name,
                    _("still the placeholder %(value)r: set it in the environment")
                    % {"value": placeholder},
                )
            )
    return items


def declared_problem_items():
    """What each kind of content declares unsettled (PublicContent.launch_problems)."""
    items = []
    for model in public_content_models():
        for obj, label, problem in model.launch_problems():
            items.append(Item(kind_of(model), str(label), str(problem), admin_url(obj), obj))
    return items


def report():
    """Every group with something to settle, in the order staff should look at them."""
    groups = [
        Group("to_confirm", _("Published records still to confirm"), to_confirm_items()),
        Group(
            "translation", _("Published records missing a translation"), missing_translation_items()
        ),
        Group("links", _("Links to missing pages in staff texts"), broken_link_items()),
        Group("images", _("Images without a description"), undescribed_image_items()),
        Group("missing", _("Records missing what they need to be shown"), kind_specific_items()),
        Group(
            "settings",
            _("Settings left at their placeholder"),
            placeholder_setting_items(),
            needs_host=True,
        ),
        Group("declared", _("Required details still missing"), declared_problem_items()),
    ]
    return [group for group in groups if group.items]


def count(groups):
    return sum(len(group.items) for group in groups)
