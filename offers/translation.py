from modeltranslation.translator import TranslationOptions, register

from offers.models import Offer


@register(Offer)
class OfferTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "place", "contract", "description", "how_to_apply")
    # The English page lives at its own English address, so both slugs must exist.
    required_languages = {"fr": ("title", "slug"), "en": ("title", "slug")}
