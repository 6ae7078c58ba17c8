from modeltranslation.translator import TranslationOptions, register

from timeline.models import TimelineEvent


@register(TimelineEvent)
class TimelineEventTranslationOptions(TranslationOptions):
    fields = ("period_label", "title", "body")
    required_languages = {"fr": ("title",), "en": ("title",)}
