from modeltranslation.translator import TranslationOptions, register

from timeline.models import TimelineEvent


@register(TimelineEvent)
class TimelineEventTranslationOptions(TranslationOptions):
    fields = ("period_label", "title", "body", "image_alt", "image_caption")
    required_languages = {"fr": ("title",), "en": ("title",)}
