from modeltranslation.translator import TranslationOptions, register

from pages.models import MenuEntry, Page, Section


@register(Page)
class PageTranslationOptions(TranslationOptions):
    # `path` follows the slugs, so each language has its own address.
    fields = ("title", "slug", "path", "introduction")
    # The English page lives at its own English address, so both slugs must exist.
    required_languages = {
        "fr": ("title", "slug", "introduction"),
        "en": ("title", "slug", "introduction"),
    }


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("heading", "body", "facts", "button_label", "quote", "quote_author")


@register(MenuEntry)
class MenuEntryTranslationOptions(TranslationOptions):
    fields = ("label",)
