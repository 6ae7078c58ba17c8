"""Which texts lack a language, and which translations are older than their French (#8).

One module answers for the `translation_status` command, the admin column and filter and
the admin index summary, so that they never disagree. Models are read from the
modeltranslation registry: a model registered later joins without any change here.
"""

import functools
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery, Value
from django.utils import timezone
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.content import is_public_content
from core.models import TranslationChange

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]


def translated_models():
    """Every concrete model with translated fields, in a stable order."""
    return sorted(
        translator.get_registered_models(abstract=False),
        key=lambda model: (model._meta.app_label, model._meta.model_name),
    )


def is_translated(model):
    return model in translator.get_registered_models(abstract=False)


def translated_fields(model):
    return list(translator.get_options_for_model(model).fields)


def _localized(name, language):
    return build_localized_fieldname(name, language)


def _empty(model, name, language):
    column = _localized(name, language)
    condition = Q(**{f"{column}__isnull": True})
    if not isinstance(model._meta.get_field(column), models.FileField | models.ImageField):
        condition |= Q(**{column: ""})
    return condition


def missing_q(model, language):
    """Rows where a field has text in another language but none in `language`."""
    condition = Q(pk__in=[])
    for name in translated_fields(model):
        filled_elsewhere = Q(pk__in=[])
        for other in LANGUAGE_CODES:
            if other != language:
                filled_elsewhere |= ~_empty(model, name, other)
        condition |= _empty(model, name, language) & filled_elsewhere
    return condition


def missing_fields(obj, language):
    """The names of the fields of `obj` that have text elsewhere but none in `language`."""
    missing = []
    for name in translated_fields(type(obj)):
        values = {code: getattr(obj, _localized(name, code)) for code in LANGUAGE_CODES}
        if not values[language] and any(value for value in values.values()):
            missing.append(name)
    return missing


def field_label(model, name):
    return str(model._meta.get_field(name).verbose_name)


def public_rows(model):
    """What the public can see of a translated model: all of it but for public content."""
    if is_public_content(model):
        return model.published_rows()
    return model._default_manager.all()


# Change times ("English to review")


def _change_column(language):
    return f"_texts_changed_{language}"


def with_change_times(queryset):
    """Annotate each row with when its texts last changed, one column per language."""
    content_type = ContentType.objects.get_for_model(queryset.model)
    return queryset.annotate(
        **{
            _change_column(language): Subquery(
                TranslationChange.objects.filter(
                    content_type=content_type, object_id=OuterRef("pk"), language=language
                ).values("changed_at")[:1]
            )
            for language in LANGUAGE_CODES
        }
    )


def has_text_q(model, language):
    condition = Q(pk__in=[])
    for name in translated_fields(model):
        condition |= ~_empty(model, name, language)
    return condition


def stale_q(model, language):
    """Rows (annotated by `with_change_times`) whose French changed after `language`.

    A translation with no recorded time predates this record-keeping: it counts as older
    than any recorded French change, but only if there is a translation at all (an absent
    one is "missing", not "to review").
    """
    source, target = _change_column(SOURCE_LANGUAGE), _change_column(language)
    return Q(**{f"{source}__gt": F(target)}) | (
        Q(**{f"{source}__isnull": False, f"{target}__isnull": True}) & has_text_q(model, language)
    )


def is_stale(obj, language):
    """The row-level twin of `stale_q`, reading the `with_change_times` annotations."""
    source = getattr(obj, _change_column(SOURCE_LANGUAGE), None)
    if source is None:
        return False
    target = getattr(obj, _change_column(language), None)
    if target is None:
        return language in languages_filled(obj)
    return source > target


def record_changes(obj, languages, moment=None):
    moment = moment or timezone.now()
    content_type = ContentType.objects.get_for_model(obj)
    for language in languages:
        TranslationChange.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            language=language,
            defaults={"changed_at": moment},
        )


def mark_reviewed(queryset):
    """Staff checked the translations: they now count as newer than the French."""
    moment = timezone.now()
    for obj in queryset:
        record_changes(obj, TARGET_LANGUAGES, moment)


def _texts(obj, language):
    return [getattr(obj, _localized(name, language)) for name in translated_fields(type(obj))]


def languages_changed(old, new):
    """The languages whose texts differ between two versions of a record."""
    return [code for code in LANGUAGE_CODES if _texts(old, code) != _texts(new, code)]


def languages_filled(obj):
    return [code for code in LANGUAGE_CODES if any(_texts(obj, code))]


# Reports


@dataclass
class RecordStatus:
    obj: object
    missing: dict = field(default_factory=dict)
    stale: list = field(default_factory=list)


@dataclass
class ModelStatus:
    model: type
    records: list = field(default_factory=list)

    @property
    def label(self):
        return str(self.model._meta.verbose_name_plural)


def report(public_only=True):
    """For each translated model, the records lacking a language or with one to review."""
    statuses = []
    for model in translated_models():
        rows = public_rows(model) if public_only else model._default_manager.all()
        condition = functools.reduce(
            Q.__or__,
            [missing_q(model, code) for code in LANGUAGE_CODES]
            + [stale_q(model, code) for code in TARGET_LANGUAGES],
        )
        records = []
        for obj in with_change_times(rows).filter(condition).order_by("pk"):
            record = RecordStatus(obj=obj)
            for code in LANGUAGE_CODES:
                fields = missing_fields(obj, code)
                if fields:
                    record.missing[code] = fields
            record.stale = [code for code in TARGET_LANGUAGES if is_stale(obj, code)]
            records.append(record)
        if records:
            statuses.append(ModelStatus(model=model, records=records))
    return statuses


@dataclass
class ModelSummary:
    model: type
    missing: dict
    stale: dict


def summaries(models):
    """For each model, how many records lack each language and how many are to review: one
    query for every model together (#21), for the admin's index."""
    models = list(models)
    if not models:
        return {}
    columns = [f"missing_{code}" for code in LANGUAGE_CODES]
    columns += [f"stale_{code}" for code in TARGET_LANGUAGES]
    counts = []
    for index, model in enumerate(models):
        conditions = [missing_q(model, code) for code in LANGUAGE_CODES]
        conditions += [stale_q(model, code) for code in TARGET_LANGUAGES]
        counts.append(
            with_change_times(model._default_manager.order_by())
            .annotate(
                model_index=Value(index),
                **{
                    column: Count("pk", filter=condition)
                    for column, condition in zip(columns, conditions, strict=True)
                },
            )
            .values_list("model_index", *columns)
        )
    rows = counts[0].union(*counts[1:], all=True)
    found = {}
    for index, *numbers in rows:
        by_column = dict(zip(columns, numbers, strict=True))
        found[models[index]] = ModelSummary(
            model=models[index],
            missing={code: by_column[f"missing_{code}"] for code in LANGUAGE_CODES},
            stale={code: by_column[f"stale_{code}"] for code in TARGET_LANGUAGES},
        )
    return found


# Keeping the change times


def _remember_texts_before_save(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance._texts_before_save = None
        return
    columns = [
        _localized(name, code) for name in translated_fields(sender) for code in LANGUAGE_CODES
    ]
    instance._texts_before_save = sender._base_manager.filter(pk=instance.pk).only(*columns).first()


def _record_text_changes(sender, instance, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_texts_before_save", None)
    languages = (
        languages_filled(instance) if before is None else languages_changed(before, instance)
    )
    if languages:
        record_changes(instance, languages)


def _forget_text_changes(sender, instance, **kwargs):
    TranslationChange.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
    ).delete()


def keep_change_times():
    """Record, on every save of a translated model, which languages really changed."""
    for model in translated_models():
        uid = f"translation-status-{model._meta.label_lower}"
        models.signals.pre_save.connect(_remember_texts_before_save, sender=model, dispatch_uid=uid)
        models.signals.post_save.connect(_record_text_changes, sender=model, dispatch_uid=uid)
        models.signals.post_delete.connect(_forget_text_changes, sender=model, dispatch_uid=uid)
