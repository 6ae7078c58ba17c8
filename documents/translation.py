from modeltranslation.translator import TranslationOptions, register

from documents.models import Document


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary")
    # Each language has its own address for the document, so both slugs must exist.
    required_languages = {"fr": ("title", "slug"), "en": ("title", "slug")}
