from modeltranslation.translator import TranslationOptions, register

from tests.probe.models import Leaflet


@register(Leaflet)
class LeafletTranslationOptions(TranslationOptions):
    fields = ("title",)
