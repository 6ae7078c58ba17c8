from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from tests.probe.models import Leaflet


@admin.register(Leaflet)
class LeafletAdmin(TabbedTranslationAdmin):
    list_display = ["title", "is_published"]
