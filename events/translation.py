from modeltranslation.translator import TranslationOptions, register

from events.models import Event


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "address")
    # The English page lives at its own English address, so both slugs must exist.
    required_languages = {
        "fr": ("title", "slug", "summary"),
        "en": ("title", "slug", "summary"),
    }
