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
- the sitemap lists its published records when it declares `sitemap_changefreq`;
- its own page (core.views.PublishedDetailView) shows staff a preview of an unpublished one.

Translation status needs no declaration: it reads modeltranslation's registry.

These are plain abstract models with no field, so they combine with any base class.
"""

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db import models

EDITORS = "Rédaction"
RECEPTION = "Accueil"

ALL = ("add", "change", "delete", "view")

CONTENT_DESK = "content"
RECEPTION_DESK = "reception"


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


class PublicContent(models.Model):
    """Shown on public pages and edited by staff."""

    # Which staff group may do what with it in the admin.
    staff_permissions = {EDITORS: ALL}
    desk = CONTENT_DESK
    # Smaller first on the admin index.
    dashboard_rank = 100
    search = None
    # A kind with a page per record (get_absolute_url) lists them in the sitemap, saying
    # how often they change ("monthly", "yearly"…).
    sitemap_changefreq = None

    class Meta:
        abstract = True

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


def staff_permissions_table():
    """{group name: {"app_label.model_name": actions}} from every model's declaration."""
    table = {EDITORS: {}, RECEPTION: {}}
    for model in apps.get_models():
        for group, actions in getattr(model, "staff_permissions", {}).items():
            if is_public_content(model) or is_visitor_data(model):
                table.setdefault(group, {})[model._meta.label_lower] = tuple(actions)
    return table


def searchable_models():
    return [model for model in apps.get_models() if getattr(model, "search", None) is not None]
