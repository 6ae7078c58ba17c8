"""A new kind of content, declared the way the house defines it and nothing more (#14)."""

from django.db import models

from core.content import PublicContent, SearchFields
from core.models import ScheduledModel, ScheduledQuerySet, SeededModel, published_field


class LeafletQuerySet(ScheduledQuerySet):
    pass


class Leaflet(ScheduledModel, SeededModel, PublicContent):
    search = SearchFields(label="Leaflet", title=("title_{lang}",), excerpt=("title_{lang}",))
    sitemap_changefreq = "monthly"

    title = models.CharField("title", max_length=200)
    is_published = published_field()

    objects = LeafletQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = "leaflet"
        verbose_name_plural = "leaflets"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"/leaflets/{self.pk}/"
