from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from association.models import Programme
from workshops.models import Workshop


class BilingualSitemap(Sitemap):
    # Each URL is listed once per language with its hreflang alternates.
    i18n = True
    alternates = True
    x_default = True


class FixedPagesSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return [
            "association:home",
            "association:programme_list",
            "timeline:history",
            "contact:contact",
            "workshops:list",
        ]

    def location(self, item):
        return reverse(item)


class ProgrammeSitemap(BilingualSitemap):
    changefreq = "yearly"

    def items(self):
        return Programme.objects.published().in_order()


class WorkshopSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Workshop.objects.published().in_order()


SITEMAPS = {
    "pages": FixedPagesSitemap,
    "programmes": ProgrammeSitemap,
    "workshops": WorkshopSitemap,
}
