"""What kind of data a model holds, declared once, on the model itself (#14).

A model is either **public content** (programmes, history, places, news…: shown on public
pages, edited by staff, backed up) or **visitor data** (contact messages, booking requests,
subscriptions: sent by visitors, answered by reception, purged after a while, never kept in
a content backup nor in the admin's history). It says so by inheriting `PublicContent` or
`VisitorData`, and every mechanism reads that declaration:

- the page cache makes every cached page stale when public content is saved or deleted;
- `export_content` / `import_content` carry every public content model, parents first;
- the staff groups get the permissions the model lists in `staff_permissions`;
- the admin index lists it on the desk it names, in `dashboard_rank` order;
- the admin gives public content history and restore, and never visitor data;
- the site search covers it when it declares `search` (a `SearchFields`);
- the sitemap lists its published records when it declares `sitemap_changefreq`, and
  the old address of a record whose address changed then redirects to it (core.redirects);
- its own page (core.views.PublishedDetailView) shows staff a preview of an unpublished one;
- the page cache keeps no page beyond the moment its `next_change(now)` names (#21);
- `purge_visitor_data` deletes visitor data past the `retention` its kind declares (#21).

`PublicContent` states every hook that machinery calls, with its default; a kind overrides
the ones it needs, and `core.checks` reports at start-up a kind whose declaration does not
hold together (#21). Translation status needs no declaration: it reads modeltranslation's
registry.

These are plain abstract models with no field, so they combine with any base class. Bases
that give a kind more (core.models: `PublishedModel`, `ScheduledModel`, `SeededModel`) are
public content themselves, so `PublicContent` comes after them in a kind's bases.
"""

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import models

EDITORS = "Rédaction"
RECEPTION = "Accueil"

ALL = ("add", "change", "delete", "view")

CONTENT_DESK = "content"
RECEPTION_DESK = "reception"
# The association's own details, set once and seldom changed: the support page, social links (#25).
SETTINGS_DESK = "settings"


@dataclass(frozen=True)
class SearchFields:
    """How the site search reads one kind of content. `{lang}` in a field name stands for
    the page's language: `title=("title_{lang}",)`; a name without it is read in every
    language.

    `own_language_body` holds text written in the record's own language, named by its
    `language_field` (a document's PDF text, #16): it is matched and stemmed in that
    language whatever the page's, with the weight of the body.

    `url(obj)` and `display_title(obj)` default to the record's address and its text."""

    label: Any
    title: tuple
    summary: tuple = ()
    body: tuple = ()
    excerpt: tuple = ()
    own_language_body: tuple = ()
    language_field: str | None = None
    url: Any = None
    display_title: Any = None
    # Search results read only the published rows: the model's `published()` by default.
    queryset: Any = None


@dataclass(frozen=True)
class Retention:
    """How many days one kind of visitor data is kept once done with: a fixed number, or the
    setting that holds it (read when purging, so that the environment decides).

    What "done with" means (handled, answered, never confirmed…) is the kind's own
    `purgeable(before)` QuerySet method: the rows past that point before `before`."""

    days: int | None = None
    setting: str | None = None

    def in_days(self):
        return getattr(settings, self.setting) if self.setting else self.days

    def describe(self):
        return self.setting or f"{self.days} days"


class PublicQuerySet(models.QuerySet):
    """The QuerySet every public content kind's manager builds on: `published()` picks the
    rows the public sees. Here every row; kinds with a "published" box or dates narrow it
    (core.models.PublishedQuerySet, ScheduledQuerySet)."""

    def published(self):
        return self.all()


class PublicContent(models.Model):
    """Shown on public pages and edited by staff."""

    # Which staff group may do what with it in the admin.
    staff_permissions = {EDITORS: ALL}
    desk = CONTENT_DESK
    # Smaller first on the admin index.
    dashboard_rank = 100
    # How the site search reads it (a SearchFields), or None to leave it out.
    search = None
    # A kind with a page per record (get_absolute_url) lists them in the sitemap, saying
    # how often they change ("monthly", "yearly"…).
    sitemap_changefreq = None

    objects = PublicQuerySet.as_manager()

    class Meta:
        abstract = True

    def get_absolute_url(self):
        """The address of the record's own page, or None when it is shown only within the
        pages of other kinds."""
        return None

    @classmethod
    def published_rows(cls):
        """The rows the public sees now: its QuerySet's `published()`."""
        return cls._default_manager.published()

    @classmethod
    def change_moments(cls, now):
        """Where the moments after `now` at which what the public sees of this kind changes
        by the clock alone are stored (a publication date, an event's end): a list of
        unordered `values_list(<a datetime field>, flat=True)` queries. The page cache reads
        those of every kind in one query, and no cached page outlives the earliest moment;
        saving content already makes every cached page stale."""
        return []

    @classmethod
    def next_change(cls, now):
        """The next such moment when it is computed rather than stored (a closing day in
        Lille, a place's opening hours), or None."""
        return None

    def is_live(self, now=None):
        """Whether the public sees this record at `now`: the row-level twin of `published()`."""
        return True

    def get_preview_url(self):
        """Where staff see the record while the public does not, or None for no preview."""
        return None

    def last_changed(self):
        """When staff last saved it (the sitemap's lastmod), or None if the kind keeps no time."""
        return None

    @classmethod
    def has_own_page(cls):
        return cls.get_absolute_url is not PublicContent.get_absolute_url

    @classmethod
    def launch_problems(cls):
        """What of this kind must be settled before the site goes public, beyond what every
        kind is checked for: (record, what it is, what is wrong) triples that `launch_check`
        and the admin's list show (#26)."""
        return []


class VisitorData(models.Model):
    """Sent by visitors: answered by reception, purged on schedule, never backed up."""

    # Read and marked handled, never written or deleted by hand: a purge removes them.
    staff_permissions = {RECEPTION: ("change", "view")}
    desk = RECEPTION_DESK
    dashboard_rank = 100
    search = None
    # Every kind says how long it is kept (a `Retention`), and its QuerySet which rows are
    # done with (`purgeable(before)`): a system check refuses a kind that does not.
    retention = None

    class Meta:
        abstract = True


def public_content_models():
    """Every concrete public content model, in INSTALLED_APPS order but with each model after
    the content models its foreign keys point to, so that a backup loads parents first."""
    pending = [model for model in apps.get_models() if issubclass(model, PublicContent)]
    ordered = []
    while pending:
        for model in pending:
            parents = {
                field.related_model
                for field in model._meta.fields
                if field.related_model is not None and field.related_model is not model
            }
            if not parents & (set(pending) - {model}):
                break
        else:
            # A cycle between models: the backup loads with constraints checked at the end.
            model = pending[0]
        pending.remove(model)
        ordered.append(model)
    return ordered


def is_public_content(model):
    return isinstance(model, type) and issubclass(model, PublicContent)


def is_visitor_data(model):
    return isinstance(model, type) and issubclass(model, VisitorData)


def declared_models():
    """Every concrete model declared as public content or visitor data."""
    return [
        model for model in apps.get_models() if is_public_content(model) or is_visitor_data(model)
    ]


def staff_permissions_table():
    """{group name: {"app_label.model_name": actions}} from every model's declaration."""
    table = {EDITORS: {}, RECEPTION: {}}
    for model in declared_models():
        for group, actions in model.staff_permissions.items():
            table.setdefault(group, {})[model._meta.label_lower] = tuple(actions)
    return table


def visitor_data_models():
    return [model for model in apps.get_models() if issubclass(model, VisitorData)]


def searchable_models():
    return [model for model in public_content_models() if model.search is not None]
