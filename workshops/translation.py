from modeltranslation.translator import TranslationOptions, register

from workshops.models import Workshop


@register(Workshop)
class WorkshopTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "description", "price_note")
    # The English page lives at its own English address, so both slugs must exist.
    required_languages = {
        "fr": ("title", "slug", "summary"),
        "en": ("title", "slug", "summary"),
    }
