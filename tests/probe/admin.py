from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin import ContentAdmin
from tests.probe.models import Leaflet


@admin.register(Leaflet)
class LeafletAdmin(ContentAdmin, TabbedTranslationAdmin):
    list_display = ["title", "is_published"]
