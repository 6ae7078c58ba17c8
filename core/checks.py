"""`manage.py check` reports a kind of content whose declaration does not hold together (#21).

The machinery trusts what a model declares (core.content): these checks make sure it can.
One rule per function, each error with an id and one sentence saying how to mend it, in the
manner of Django's own admin checks. A rule reads one model (or one model and its admin), so
that a test can hand it a model built to break it.
"""

import functools

from django.conf import settings
from django.contrib import admin
from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from reversion.admin import VersionAdmin

from core.admin import ContentAdmin, VisitorDataAdmin
from core.content import PublicQuerySet, declared_models, is_public_content
from core.models import PublishedModel, PublishedQuerySet, ScheduledModel, ScheduledQuerySet
from core.purge import check_retention_declared


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def default_queryset(model):
    return model._default_manager.get_queryset()


def error(model, message, hint, number):
    return checks.Error(message, hint=hint, obj=model, id=f"content.E{number:03d}")


def published_rows_rule(model):
    if is_public_content(model) and not isinstance(default_queryset(model), PublicQuerySet):
        return [
            error(
                model,
                f"{model._meta.label}'s default manager cannot say which rows are published.",
                "Build its QuerySet on core.content.PublicQuerySet, or on PublishedQuerySet "
                "or ScheduledQuerySet from core.models.",
                1,
            )
        ]
    return []


def published_box_rule(model):
    if (
        is_public_content(model)
        and has_field(model, "is_published")
        and not issubclass(model, PublishedModel)
    ):
        return [
            error(
                model,
                f"{model._meta.label} has an is_published box but is not a PublishedModel: "
                "its admin and previews would take hidden records for visible ones.",
                "Inherit core.models.PublishedModel.",
                2,
            )
        ]
    return []


def published_model_box_rule(model):
    if issubclass(model, PublishedModel) and not has_field(model, "is_published"):
        return [
            error(
                model,
                f"{model._meta.label} is a PublishedModel without an is_published field.",
                "Add `is_published = published_field()` (core.models).",
                3,
            )
        ]
    return []


def published_filter_rule(model):
    if issubclass(model, PublishedModel) and not isinstance(
        default_queryset(model), PublishedQuerySet
    ):
        return [
            error(
                model,
                f"{model._meta.label}'s published() shows the records staff unpublished.",
                "Build its QuerySet on core.models.PublishedQuerySet.",
                4,
            )
        ]
    return []


def schedule_rule(model):
    if issubclass(model, ScheduledModel) and not isinstance(
        default_queryset(model), ScheduledQuerySet
    ):
        return [
            error(
                model,
                f"{model._meta.label} has publication dates that its published() ignores.",
                "Build its QuerySet on core.models.ScheduledQuerySet.",
                5,
            )
        ]
    return []


def sitemap_rule(model):
    if is_public_content(model) and model.sitemap_changefreq and not model.has_own_page():
        return [
            error(
                model,
                f"{model._meta.label} declares sitemap_changefreq but has no page of its own.",
                "Define get_absolute_url(), or remove sitemap_changefreq.",
                6,
            )
        ]
    return []


def search_field_names(search):
    """Every field name a SearchFields reads, each `{lang}` read in every language."""
    names = [
        *search.title,
        *search.summary,
        *search.body,
        *search.excerpt,
        *search.own_language_body,
    ]
    if search.language_field:
        names.append(search.language_field)
    codes = [code for code, _name in settings.LANGUAGES]
    return sorted({name.format(lang=code) for name in names for code in codes})


def search_fields_rule(model):
    if model.search is None:
        return []
    return [
        error(
            model,
            f"{model._meta.label}'s search reads “{name}”, which is not one of its fields.",
            "Name existing fields in its SearchFields, with {lang} for a translated one.",
            7,
        )
        for name in search_field_names(model.search)
        if not has_field(model, name)
    ]


def search_address_rule(model):
    if (
        model.search is not None
        and model.search.url is None
        and not (is_public_content(model) and model.has_own_page())
    ):
        return [
            error(
                model,
                f"{model._meta.label} is searched but its results have no address.",
                "Define get_absolute_url(), or give its SearchFields a url.",
                8,
            )
        ]
    return []


def content_admin_rule(model, model_admin):
    if is_public_content(model) and not isinstance(model_admin, ContentAdmin):
        return [
            error(
                type(model_admin),
                f"The admin of {model._meta.label} ({type(model_admin).__name__}) does not "
                "inherit ContentAdmin: staff would lose its history, translation status, "
                "preview and deletion guard.",
                "Make it inherit core.admin.ContentAdmin, first among its bases.",
                9,
            )
        ]
    return []


def visitor_data_admin_rule(model, model_admin):
    if not is_public_content(model) and (
        not isinstance(model_admin, VisitorDataAdmin) or isinstance(model_admin, VersionAdmin)
    ):
        return [
            error(
                type(model_admin),
                f"The admin of {model._meta.label} ({type(model_admin).__name__}) does not "
                "inherit VisitorDataAdmin, or keeps a history that would outlive the purge.",
                "Make it inherit core.admin.VisitorDataAdmin, and not VersionAdmin.",
                10,
            )
        ]
    return []


MODEL_RULES = [
    published_rows_rule,
    published_box_rule,
    published_model_box_rule,
    published_filter_rule,
    schedule_rule,
    sitemap_rule,
    search_fields_rule,
    search_address_rule,
]
ADMIN_RULES = [content_admin_rule, visitor_data_admin_rule]


def check_models(rule, app_configs=None, **kwargs):
    return [found for model in declared_models() for found in rule(model)]


def check_admins(rule, app_configs=None, **kwargs):
    return [
        found
        for model in declared_models()
        if admin.site.is_registered(model)
        for found in rule(model, admin.site.get_model_admin(model))
    ]


def register():
    """One Django check per rule."""
    for rule in MODEL_RULES:
        checks.register(functools.partial(check_models, rule), checks.Tags.models)
    for rule in ADMIN_RULES:
        checks.register(functools.partial(check_admins, rule), checks.Tags.admin)
    checks.register(check_retention_declared, checks.Tags.models)
