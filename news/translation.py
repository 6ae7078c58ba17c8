from modeltranslation.translator import TranslationOptions, register

from news.models import NewsPost


@register(NewsPost)
class NewsPostTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    # The English page lives at its own English address, so both slugs must exist.
    required_languages = {
        "fr": ("title", "slug", "summary"),
        "en": ("title", "slug", "summary"),
    }
