from modeltranslation.translator import TranslationOptions, register

from association.models import Country, Funding, KeyFigure, Page, Partner, Programme


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "full_name", "logo_alt")


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "summary", "body")
    # The English page lives at its own English address, so both slugs must exist.
    required_languages = {
        "fr": ("name", "slug", "summary"),
        "en": ("name", "slug", "summary"),
    }


@register(KeyFigure)
class KeyFigureTranslationOptions(TranslationOptions):
    fields = ("value", "label", "source")


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "intro", "body")


@register(Funding)
class FundingTranslationOptions(TranslationOptions):
    fields = ("wording",)
