from modeltranslation.translator import TranslationOptions, register

from contact.models import Closure, Place


@register(Place)
class PlaceTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"fr": ("name",), "en": ("name",)}


@register(Closure)
class ClosureTranslationOptions(TranslationOptions):
    fields = ("reason",)
    required_languages = {"fr": ("reason",), "en": ("reason",)}
